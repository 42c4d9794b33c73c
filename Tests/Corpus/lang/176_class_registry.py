class Plugin:
    registry = {}

    @classmethod
    def register(cls, name):
        def deco(klass):
            cls.registry[name] = klass
            return klass
        return deco

    def run(self):
        return "base"

@Plugin.register("upper")
class Upper(Plugin):
    def run(self):
        return "UPPER"

@Plugin.register("lower")
class Lower(Plugin):
    def run(self):
        return "lower"

print(sorted(Plugin.registry))
for name in ["lower", "upper"]:
    print(name, Plugin.registry[name]().run(), Plugin.registry[name].__name__)
print(Plugin().run())
