"""argparse: ArgumentParser with positionals and options (store, store_const,
store_true/false, append, append_const, count, help, version), type, default, choices,
required, nargs (N, '?', '*', '+'), metavar, dest, argument groups, and CPython's usage,
help and error texts (errors exit with status 2). Sub-commands, mutually exclusive groups
and prefix characters other than '-' are refused."""

import sys as _sys
import os as _os

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class Namespace:
    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__

    def __repr__(self):
        parts = []
        star = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                star[name] = value
        if star:
            parts.append('**%r' % star)
        return 'Namespace(%s)' % ', '.join(parts)


class Action:
    """One argument: how many strings it takes and what it does with them."""
    kind = 'store'

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, version=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        kind = self.kind
        if kind == 'store':
            setattr(namespace, self.dest, values)
        elif kind == 'store_const':
            setattr(namespace, self.dest, self.const)
        elif kind == 'append':
            items = list(getattr(namespace, self.dest, None) or [])
            items.append(values)
            setattr(namespace, self.dest, items)
        elif kind == 'append_const':
            items = list(getattr(namespace, self.dest, None) or [])
            items.append(self.const)
            setattr(namespace, self.dest, items)
        elif kind == 'count':
            count = getattr(namespace, self.dest, None)
            setattr(namespace, self.dest, (count or 0) + 1)
        elif kind == 'help':
            parser.print_help()
            parser.exit()
        elif kind == 'version':
            _sys.stdout.write(self.version + '\n')
            parser.exit()

    def __repr__(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar']
        return '%s(%s)' % (self.class_name,
                           ', '.join('%s=%r' % (n, getattr(self, n)) for n in names))


_ACTION_CLASS_NAMES = {'store': '_StoreAction', 'store_const': '_StoreConstAction',
                       'store_true': '_StoreTrueAction', 'store_false': '_StoreFalseAction',
                       'append': '_AppendAction', 'append_const': '_AppendConstAction',
                       'count': '_CountAction', 'help': '_HelpAction', 'version': '_VersionAction'}


def _make_action(action, option_strings, dest, kwargs):
    if not isinstance(action, str):
        raise NotImplementedError('argparse: custom Action classes are not supported by loopscope')
    if action not in _ACTION_CLASS_NAMES:
        if action in ('parsers', 'extend', 'store_action', 'BooleanOptionalAction'):
            raise NotImplementedError("argparse: action=%r is not supported by loopscope" % action)
        raise ValueError('unknown action "%s"' % action)
    kind = action
    allowed = {'store': ('nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar'),
               'append': ('nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar'),
               'store_const': ('const', 'default', 'required', 'help', 'metavar'),
               'append_const': ('const', 'default', 'required', 'help', 'metavar'),
               'store_true': ('default', 'required', 'help'),
               'store_false': ('default', 'required', 'help'),
               'count': ('default', 'required', 'help'),
               'help': ('default', 'help'),
               'version': ('version', 'default', 'help')}[kind]
    for key in kwargs:
        if key not in allowed:
            raise TypeError("%s.__init__() got an unexpected keyword argument '%s'"
                            % (_ACTION_CLASS_NAMES[kind], key))
    if kind == 'store_true':
        a = Action(option_strings, dest, nargs=0, const=True,
                   default=kwargs.get('default', False), required=kwargs.get('required', False),
                   help=kwargs.get('help'))
        kind = 'store_const'
    elif kind == 'store_false':
        a = Action(option_strings, dest, nargs=0, const=False,
                   default=kwargs.get('default', True), required=kwargs.get('required', False),
                   help=kwargs.get('help'))
        kind = 'store_const'
    elif kind == 'help':
        a = Action(option_strings, SUPPRESS, nargs=0, default=kwargs.get('default', SUPPRESS),
                   help=kwargs.get('help', 'show this help message and exit'))
    elif kind == 'version':
        a = Action(option_strings, SUPPRESS, nargs=0, default=kwargs.get('default', SUPPRESS),
                   help=kwargs.get('help', "show program's version number and exit"),
                   version=kwargs.get('version'))
    else:
        if kind in ('store_const', 'append_const', 'count'):
            kwargs['nargs'] = 0
        a = Action(option_strings, dest, **kwargs)
        nargs = a.nargs
        if kind in ('store', 'append'):
            if nargs == 0:
                raise ValueError('nargs for store actions must be != 0; if you have nothing to store, '
                                 'actions such as store true or store const may be more appropriate')
            if a.const is not None and nargs != OPTIONAL:
                raise ValueError('nargs must be %r to supply const' % OPTIONAL)
    a.kind = kind
    a.class_name = _ACTION_CLASS_NAMES[action]
    return a


def _nargs_range(nargs):
    if nargs is None:
        return 1, 1
    if nargs == OPTIONAL:
        return 0, 1
    if nargs == ZERO_OR_MORE:
        return 0, None
    if nargs == ONE_OR_MORE:
        return 1, None
    if nargs == PARSER:
        return 1, None
    if isinstance(nargs, int):
        return nargs, nargs
    raise NotImplementedError('argparse: nargs=%r is not supported by loopscope' % (nargs,))


def _chunks(word):
    """textwrap's word pieces: a word breaks after a hyphen that follows two letters (or
    letter-hyphen-letter) and comes before a letter and another letter (or hyphen-letter)."""
    def letter(j):
        return 0 <= j < len(word) and (word[j].isalpha() or word[j] == '_')

    pieces = []
    start = 0
    for i in range(1, len(word)):
        if word[i] != '-' or i <= start:
            continue
        behind = letter(i - 1) and (letter(i - 2) or word[i - 2:i - 1] == '-' and letter(i - 3))
        ahead = letter(i + 1) and (letter(i + 2) or word[i + 2:i + 3] == '-' and letter(i + 3))
        if behind and ahead:
            pieces.append(word[start:i + 1])
            start = i + 1
    pieces.append(word[start:])
    return pieces


def _wrap(text, width):
    """textwrap.wrap(text, width) for help text (whitespace already single spaces)."""
    chunks = []
    for word in text.split():
        if chunks:
            chunks.append(' ')
        chunks.extend(_chunks(word))
    chunks.reverse()
    lines = []
    while chunks:
        line = []
        length = 0
        if lines and chunks[-1] == ' ':
            chunks.pop()
        while chunks and length + len(chunks[-1]) <= width:
            length += len(chunks[-1])
            line.append(chunks.pop())
        if chunks and len(chunks[-1]) > width:
            chunk = chunks[-1]
            space_left = max(width - length, 1)
            end = space_left
            hyphen = chunk.rfind('-', 0, space_left)
            if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                end = hyphen + 1
            line.append(chunk[:end])
            chunks[-1] = chunk[end:]
        if line and line[-1] == ' ':
            line.pop()
        if line:
            lines.append(''.join(line))
    return lines


class HelpFormatter:
    """CPython's layout: width COLUMNS - 2 (78 without COLUMNS), help column at most 24."""
    raw_description = False
    raw_text = False

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = int(_os.environ.get('COLUMNS', '80')) - 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    def _metavar(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar
        return result

    def _format_args(self, action, default_metavar):
        metavar = self._metavar(action, default_metavar)

        def part(i):
            return metavar[i] if isinstance(metavar, tuple) else metavar
        nargs = action.nargs
        if nargs is None:
            return '%s' % part(0)
        if nargs == OPTIONAL:
            return '[%s]' % part(0)
        if nargs == ZERO_OR_MORE:
            if isinstance(metavar, tuple) and len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % part(0)
        if nargs == PARSER:
            return '%s ...' % part(0)
        if nargs == ONE_OR_MORE:
            if isinstance(metavar, tuple):
                return '%s [%s ...]' % (part(0), part(1))
            return '%s [%s ...]' % (metavar, metavar)
        return ' '.join(part(i) for i in range(nargs))

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar(action, action.dest)
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, action.dest.upper())
        return ', '.join('%s %s' % (s, args) for s in action.option_strings)

    def _usage_part(self, action, in_group=False):
        if not action.option_strings:
            s = self._format_args(action, action.dest)
            return s[1:-1] if in_group and s[:1] == '[' and s[-1:] == ']' else s
        s = action.option_strings[0]
        if action.nargs != 0:
            s += ' ' + self._format_args(action, action.dest.upper())
        return s if action.required or in_group else '[%s]' % s

    def _usage_parts(self, actions, groups):
        """One part per action; a mutually exclusive group whose actions stand together is
        one part, '[-a | -b]' (or '(-a | -b)' when required)."""
        starts = {}
        for group in groups:
            members = group._group_actions
            if members and members[0] in actions:
                start = actions.index(members[0])
                if actions[start:start + len(members)] == members:
                    starts[start] = group
        parts = []
        i = 0
        while i < len(actions):
            group = starts.get(i)
            if group is None:
                if actions[i].help != SUPPRESS:
                    parts.append(self._usage_part(actions[i]))
                i += 1
                continue
            inner = [self._usage_part(a, True) for a in group._group_actions if a.help != SUPPRESS]
            if len(inner) == 1 and group.required:
                parts.append(inner[0])
            elif inner:
                parts.append(('(%s)' if group.required else '[%s]') % ' | '.join(inner))
            i += len(group._group_actions)
        return parts

    def format_usage(self, usage, actions, prefix='usage: ', groups=()):
        prog = self._prog
        if usage is not None:
            return '%s%s\n\n' % (prefix, usage % {'prog': prog})
        opt_parts = self._usage_parts([a for a in actions if a.option_strings], groups)
        pos_parts = self._usage_parts([a for a in actions if not a.option_strings], groups)
        text = ' '.join([prog] + opt_parts + pos_parts)
        text_width = self._width
        if len(prefix) + len(text) > text_width:
            lines = self._wrap_usage(prog, opt_parts, pos_parts, prefix, text_width)
            text = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, text)

    def _wrap_usage(self, prog, opt_parts, pos_parts, prefix, text_width):
        def get_lines(parts, indent, prefix=None):
            lines = []
            line = []
            line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            parts = opt_parts + pos_parts
            lines = get_lines(parts, indent)
            if len(lines) > 1:
                lines = []
                lines.extend(get_lines(opt_parts, indent))
                lines.extend(get_lines(pos_parts, indent))
            lines = [prog] + lines
        return lines

    def format_text(self, text, raw):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        if raw:
            return text + '\n\n'
        return '\n'.join(_wrap(text, max(self._width, 11))) + '\n\n'

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
            elif hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return action.help % params if '%' in action.help else action.help

    def action_max_length(self, actions):
        lengths = [0]
        for a in actions:
            if a.help != SUPPRESS:
                lengths.append(len(self._invocation(a)) + 2)
                lengths.extend(len(self._invocation(sub)) + 2 for sub in _subactions(a))
        return max(lengths)

    def format_section(self, heading, description, actions, max_length):
        shown = [a for a in actions if a.help != SUPPRESS]
        if not shown and not description:
            return ''
        help_position = min(max_length + 2, self._max_help_position)
        out = ['%s:\n' % heading]
        if description:
            out.append('\n'.join('  ' + line for line in _wrap(description, max(self._width - 2, 11) - 2)) + '\n\n')
        for action in shown:
            self._format_action(action, 2, help_position, out)
        return ''.join(out) + '\n'

    def _format_action(self, action, indent, help_position, out):
        header = self._invocation(action)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        indent_first = 0
        if not action.help:
            out.append('%*s%s\n' % (indent, '', header))
        elif len(header) <= action_width:
            out.append('%*s%-*s  ' % (indent, '', action_width, header))
        else:
            out.append('%*s%s\n' % (indent, '', header))
            indent_first = help_position
        if action.help and action.help.strip():
            text = self._expand_help(action)
            lines = text.splitlines() if self.raw_text else _wrap(text, help_width)
            if lines:
                out.append('%*s%s\n' % (indent_first, '', lines[0]))
                for line in lines[1:]:
                    out.append('%*s%s\n' % (help_position, '', line))
        elif not out[-1].endswith('\n'):
            out.append('\n')
        for sub in _subactions(action):
            self._format_action(sub, indent + 2, help_position, out)


def _subactions(action):
    return action.choices_actions if action.kind == 'parsers' else []


class RawDescriptionHelpFormatter(HelpFormatter):
    raw_description = True


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    raw_text = True


class _ArgumentGroup:
    def __init__(self, parser, title, description):
        self._parser = parser
        self.title = title
        self.description = description
        self._group_actions = []

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._parser._mutex_groups.append(group)
        return group

    def add_argument(self, *args, **kwargs):
        action = self._parser.add_argument(*args, **kwargs)
        self._parser._default_group._group_actions.remove(action)
        self._group_actions.append(action)
        return action


class _SubParsersAction(Action):
    """The sub-command positional: its first string names a parser, which parses the rest."""

    def __init__(self, prog, parser_class, dest, required, help, metavar):
        Action.__init__(self, [], dest, nargs=PARSER, choices={}, required=required, help=help,
                        metavar=metavar)
        self.kind = 'parsers'
        self.class_name = '_SubParsersAction'
        self._prog_prefix = prog
        self._parser_class = parser_class
        self.choices_actions = []

    def add_parser(self, name, **kwargs):
        if 'prog' not in kwargs:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self.choices:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        if 'help' in kwargs:
            metavar = name + (' (%s)' % ', '.join(aliases) if aliases else '')
            self.choices_actions.append(Action([], name, help=kwargs.pop('help'), metavar=metavar))
        parser = self._parser_class(**kwargs)
        self.choices[name] = parser
        for alias in aliases:
            self.choices[alias] = parser
        return parser

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        subnamespace, extras = self.choices[parser_name].parse_known_args(values[1:], None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if extras:
            parser._unrecognized.extend(extras)


class _MutuallyExclusiveGroup:
    """Options of which at most one may be given (exactly one when required); they show in
    the help section of the container they were added through."""

    def __init__(self, container, required):
        self._container = container
        self.required = required
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        if kwargs.get('required'):
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container.add_argument(*args, **kwargs)
        self._group_actions.append(action)
        return action


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prefix_chars != '-':
            raise NotImplementedError("argparse: prefix_chars other than '-' are not supported by loopscope")
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_map = {}
        self._defaults = {}
        self._positional_group = _ArgumentGroup(self, 'positional arguments', None)
        self._default_group = _ArgumentGroup(self, 'options', None)
        self._groups = [self._positional_group, self._default_group]
        self._mutex_groups = []
        self._subparsers = None
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if action.kind != 'help':
                    self._add_action(action)

    def __repr__(self):
        return ('ArgumentParser(prog=%r, usage=%r, description=%r, formatter_class=%s, '
                "conflict_handler='error', add_help=%r)"
                % (self.prog, self.usage, self.description, '<class \'argparse.HelpFormatter\'>',
                   any(a.kind == 'help' for a in self._actions)))

    def add_argument(self, *args, **kwargs):
        if not args or len(args) == 1 and args[0] and args[0][0] != '-':
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            dest = args[0] if args else kwargs.pop('dest', None)
            if 'required' in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
            nargs = kwargs.get('nargs')
            kwargs['required'] = (nargs not in (OPTIONAL, ZERO_OR_MORE)
                                  or nargs == ZERO_OR_MORE and 'default' not in kwargs)
            option_strings = []
        else:
            option_strings = list(args)
            for s in option_strings:
                if not s or s[0] != '-':
                    raise ValueError('invalid option string %r: must start with a character %r' % (s, '-'))
            dest = kwargs.pop('dest', None)
            if dest is None:
                longs = [s for s in option_strings if s.startswith('--')]
                dest = (longs[0] if longs else option_strings[0]).lstrip('-').replace('-', '_')
        if 'default' not in kwargs:
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', 'store')
        if 'type' in kwargs and not callable(kwargs['type']):
            raise ValueError('%r is not callable' % (kwargs['type'],))
        action = _make_action(action_name, option_strings, dest, kwargs)
        return self._add_action(action)

    def _add_action(self, action):
        for s in action.option_strings:
            if s in self._option_map:
                raise ArgumentError(action, 'conflicting option string: %s' % s)
        for s in action.option_strings:
            self._option_map[s] = action
        self._actions.append(action)
        group = self._default_group if action.option_strings else self._positional_group
        group._group_actions.append(action)
        return action

    def add_argument_group(self, title=None, description=None):
        group = _ArgumentGroup(self, title, description)
        self._groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._mutex_groups.append(group)
        return group

    def add_subparsers(self, title=None, description=None, prog=None, dest=SUPPRESS, required=False,
                       help=None, metavar=None, parser_class=None):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        if prog is None:
            positionals = [a for a in self._actions if not a.option_strings]
            prog = self._formatter().format_usage(None, positionals, '', self._mutex_groups).strip()
        action = _SubParsersAction(prog, parser_class or type(self), dest, required, help, metavar)
        if title is not None or description is not None:
            group = self.add_argument_group(title or 'subcommands', description)
            self._add_action(action)
            self._positional_group._group_actions.remove(action)
            group._group_actions.append(action)
        else:
            self._add_action(action)
        self._subparsers = action
        return action

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # -- help ----------------------------------------------------------------------------

    def _formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        return self._formatter().format_usage(self.usage, self._actions, groups=self._mutex_groups)[:-1]

    def format_help(self):
        f = self._formatter()
        parts = [f.format_usage(self.usage, self._actions, groups=self._mutex_groups)]
        if self.description:
            parts.append(f.format_text(self.description, f.raw_description))
        max_length = f.action_max_length(self._actions)
        for group in self._groups:
            parts.append(f.format_section(group.title, group.description, group._group_actions, max_length))
        if self.epilog:
            parts.append(f.format_text(self.epilog, f.raw_description))
        text = ''.join(parts)
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    # -- parsing -------------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest != SUPPRESS and not hasattr(namespace, action.dest):
                if action.default != SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        self._unrecognized = []
        if self.exit_on_error:
            try:
                namespace, extras = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, extras = self._parse_known_args(args, namespace)
        return namespace, extras + self._unrecognized

    def _parse_optional(self, arg):
        if not arg or arg[0] != '-':
            return None
        if arg in self._option_map:
            return self._option_map[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            option_string, explicit_arg = arg.split('=', 1)
            if option_string in self._option_map:
                return self._option_map[option_string], option_string, explicit_arg
        tuples = self._option_tuples(arg)
        if len(tuples) > 1:
            options = ', '.join([option_string for action, option_string, explicit_arg in tuples])
            self.error('ambiguous option: %s could match %s' % (arg, options))
        if len(tuples) == 1:
            return tuples[0]
        if _looks_negative(arg) and not any(_looks_negative(s) for s in self._option_map):
            return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _option_tuples(self, arg):
        result = []
        if arg.startswith('--'):
            if not self.allow_abbrev:
                return result
            prefix, _, explicit = arg.partition('=')
            explicit = explicit if '=' in arg else None
            for s in self._option_map:
                if s.startswith(prefix):
                    result.append((self._option_map[s], s, explicit))
        else:
            short_prefix = arg[:2]
            short_explicit = arg[2:]
            for s in self._option_map:
                if s == short_prefix:
                    result.append((self._option_map[s], s, short_explicit))
                elif self.allow_abbrev and s.startswith(arg):
                    result.append((self._option_map[s], s, None))
        return result

    def _parse_known_args(self, arg_strings, namespace):
        # classify: 'O' option, 'A' argument, '-' the first '--' (all after it are arguments)
        pattern = []
        option_tuples = {}
        rest = False
        for i, s in enumerate(arg_strings):
            if rest:
                pattern.append('A')
            elif s == '--':
                pattern.append('-')
                rest = True
            else:
                t = self._parse_optional(s)
                if t is None:
                    pattern.append('A')
                else:
                    option_tuples[i] = t
                    pattern.append('O')
        pattern = ''.join(pattern)
        seen = set()
        seen_non_default = set()
        conflicts = {}
        for group in self._mutex_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                conflicts.setdefault(member, []).extend(members[:i] + members[i + 1:])
        extras = []
        positionals = [a for a in self._actions if not a.option_strings]

        def take_action(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s' % _get_action_name(other))
            action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit_arg = option_tuples[start]
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit_arg is not None:
                    lo, hi = _nargs_range(action.nargs)
                    if hi == 0 and option_string[1] != '-':
                        take_action(action, [], option_string)
                        option_string = '-' + explicit_arg[0]
                        explicit_arg = explicit_arg[1:] or None
                        if option_string in self._option_map:
                            action = self._option_map[option_string]
                            continue
                        raise ArgumentError(action, 'ignored explicit argument %r' % (option_string[1:] + (explicit_arg or '')))
                    if lo <= 1 and (hi is None or hi >= 1):
                        take_action(action, [explicit_arg], option_string)
                        return start + 1
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                available = 0
                while start + 1 + available < len(pattern) and pattern[start + 1 + available] == 'A':
                    available += 1
                count = _match_count(action, available)
                take_action(action, arg_strings[start + 1:start + 1 + count], option_string)
                return start + 1 + count

        def consume_positionals(start):
            # a run of arguments up to the next option; '-' goes with the group before it
            run = ''
            while start + len(run) < len(pattern) and pattern[start + len(run)] != 'O':
                run += pattern[start + len(run)]
            counts = _match_partial(positionals, run.count('A'))
            spans = _spans(run, counts)
            if counts and positionals[len(counts) - 1].nargs == PARSER:
                spans[-1] = (spans[-1][0], len(pattern) - start)
            for action, (begin, end) in zip(positionals, spans):
                take_action(action, arg_strings[start + begin:start + end])
            del positionals[:len(counts)]
            return start + (spans[-1][1] if spans else 0)

        option_indices = sorted(option_tuples)
        start = 0
        max_option = option_indices[-1] if option_indices else -1
        while start <= max_option:
            next_option = min([i for i in option_indices if i >= start])
            if start != next_option:
                positionals_end = consume_positionals(start)
                if positionals_end > start:
                    start = positionals_end
                    continue
                start = positionals_end
            if start not in option_tuples:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_get_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest) and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._convert(action, action.default))
        if required:
            self.error('the following arguments are required: %s' % ', '.join(required))
        for group in self._mutex_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions if a.help != SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _convert(self, action, s):
        type_func = action.type
        if type_func is None:
            return s
        try:
            return type_func(s)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(type_func, '__name__', repr(type_func))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, s))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    def _get_values(self, action, strings):
        if action.nargs == PARSER:
            values = [self._convert(action, v) for v in strings]
            self._check_choice(action, values[0])
            return values
        if '--' in strings:
            strings = list(strings)
            strings.remove('--')
        nargs = action.nargs
        if nargs == 0:
            return action.const if action.kind == 'store_const' else None
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
            return value
        if not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_choice(action, value)
            return value
        if nargs is None or nargs == OPTIONAL:
            value = self._convert(action, strings[0])
            self._check_choice(action, value)
            return value
        values = [self._convert(action, s) for s in strings]
        for v in values:
            self._check_choice(action, v)
        return values


def _looks_negative(s):
    if not s.startswith('-') or len(s) < 2:
        return False
    body = s[1:]
    if body.count('.') > 1:
        return False
    return body.replace('.', '', 1).isdigit()


def _match_count(action, available):
    lo, hi = _nargs_range(action.nargs)
    if available < lo:
        if action.nargs is None:
            msg = 'expected one argument'
        elif action.nargs == OPTIONAL:
            msg = 'expected at most one argument'
        elif action.nargs == ONE_OR_MORE:
            msg = 'expected at least one argument'
        else:
            msg = 'expected %s argument%s' % (action.nargs, '' if action.nargs == 1 else 's')
        raise ArgumentError(action, msg)
    return available if hi is None else min(hi, available)


def _spans(run, counts):
    """(begin, end) in `run` ('A' and '-') of each count of 'A's; a '-' joins the group
    before it (the first group when it leads), as CPython's '-*' pattern parts do."""
    spans = []
    i = 0
    for n in counts:
        begin = i
        while n:
            if run[i] == 'A':
                n -= 1
            i += 1
        while i < len(run) and run[i] == '-':
            i += 1
        spans.append((begin, i))
    return spans


def _match_partial(actions, available):
    """Greedy counts for the longest prefix of actions that fits `available` strings."""
    for i in range(len(actions), 0, -1):
        ranges = [_nargs_range(a.nargs) for a in actions[:i]]
        if sum(lo for lo, hi in ranges) > available:
            continue
        counts = []
        left = available
        for j, (lo, hi) in enumerate(ranges):
            need_after = sum(r[0] for r in ranges[j + 1:])
            take = left - need_after
            if hi is not None:
                take = min(take, hi)
            counts.append(take)
            left -= take
        return counts
    return []
