import argparse


def cmd_add(args):
    print("adding", args.name, "priority", args.priority)


def cmd_list(args):
    print("listing", "all" if args.all else "open", "items")


parser = argparse.ArgumentParser(prog="todo", description="A tiny task list.")
parser.add_argument("--db", default="tasks.db", help="where tasks live")
sub = parser.add_subparsers(dest="command", help="what to do")
add = sub.add_parser("add", help="add a task", aliases=["a"])
add.add_argument("name", help="the task")
add.add_argument("-p", "--priority", type=int, default=3, choices=[1, 2, 3])
add.set_defaults(func=cmd_add)
lst = sub.add_parser("list", help="show tasks")
lst.add_argument("--all", action="store_true", help="include finished tasks")
lst.set_defaults(func=cmd_list)
sub.add_parser("gc")
parser.print_help()
add.print_help()
print(parser.parse_args([]))
for argv in [["add", "write docs"], ["--db", "x.db", "add", "-p", "1", "ship it"], ["a", "alias"],
             ["list", "--all"], ["gc"]]:
    args = parser.parse_args(argv)
    print({k: v for k, v in vars(args).items() if k != "func"})
    if hasattr(args, "func"):
        args.func(args)
for argv in [["remove"], ["add"], ["add", "x", "-p", "9"], ["list", "--bogus"], ["add", "x", "extra"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code, "for", argv)
known, rest = parser.parse_known_args(["list", "--bogus", "q"])
print(known.command, known.all, rest)

git = argparse.ArgumentParser(prog="git")
cmds = git.add_subparsers(title="commands", description="valid commands", required=True, metavar="CMD")
cmds.add_parser("commit", help="record changes").add_argument("-m", required=True)
cmds.add_parser("push", help="update remote refs")
git.print_help()
print(git.parse_args(["commit", "-m", "msg"]))
try:
    git.parse_args([])
except SystemExit as e:
    print("exit", e.code)
