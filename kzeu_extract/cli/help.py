"""How `kzeu` shows its help and its usage errors.

Typer's plain help names Python types (``<list[str]>``, ``<int range>``, ``x>=1``) and
writes a required argument ``{PATH...}...``; click cuts a command's summary at 45
characters. These classes write instead each option's metavar (FORMAT, N, SECONDS), the
usage line as a user types it, every command's first sentence whole, and usage errors as
every other error of the command: one line, ``kzeu: error: ...``.
"""
from __future__ import annotations

import sys
from enum import Enum

from typer import _click as click   # typer's own copy of click: its exceptions are the ones raised
from typer import exceptions as typer_errors
from typer._click import exceptions as click_errors
from typer.core import TyperCommand, TyperGroup

# -h works everywhere; subcommands inherit the setting from the group's context.
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


def _option_names(param) -> str:
    names = sorted(param.opts, key=len) + sorted(param.secondary_opts, key=len)
    text = ", ".join(names)
    if not param.is_flag and not param.count:
        text += f" {param.metavar or param.name.upper()}"
    return text


def _default_text(param: click.Parameter) -> str | None:
    default = param.default
    if callable(default) or default in (None, False, (), []) or not param.show_default:
        return None
    if isinstance(default, Enum):
        default = default.value
    if isinstance(default, float) and default.is_integer():
        default = int(default)
    return f"default: {default}"


def _help_record(param: click.Parameter) -> tuple[str, str] | None:
    if getattr(param, "hidden", False):
        return None
    if param.param_type_name == "option":
        name = _option_names(param)
    else:
        name = param.metavar or param.name.upper()
    extra = [text for text in (_default_text(param),) if text]
    help_text = getattr(param, "help", None) or ""
    if extra:
        help_text = f"{help_text}  [{'; '.join(extra)}]".strip()
    return name, help_text


def _usage_piece(param) -> str:
    name = param.metavar or param.name.upper()
    if param.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name if param.required else f"[{name}]"


def summary(help_text: str | None) -> str:
    """A command's first paragraph, joined on one line, never cut."""
    first = (help_text or "").strip().split("\n\n", 1)[0]
    return " ".join(first.split())


class _CleanHelp:
    """Shared by the command and the group classes below."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            record = _help_record(param)
            if record is not None:
                (arguments if param.param_type_name == "argument" else options).append(record)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        pieces += [_usage_piece(p) for p in self.get_params(ctx) if p.param_type_name == "argument"]
        return pieces

    def get_short_help_str(self, limit: int = 45) -> str:
        return summary(self.short_help or self.help)


class KzeuCommand(_CleanHelp, TyperCommand):
    """A `kzeu` command."""


class KzeuGroup(_CleanHelp, TyperGroup):
    """The `kzeu` group (and `kzeu kb`): its usage errors are printed as `kzeu: error: ...`."""

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return [*super().collect_usage_pieces(ctx), self.subcommand_metavar]

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:   # a command's print() to a reader gone (| head): it had what it wanted
            from ..batch import EXIT_PIPE_CLOSED, _quiet_stdout

            _quiet_stdout()
            raise typer_errors.Exit(EXIT_PIPE_CLOSED) from None

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click_errors.NoArgsIsHelpError as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            _print_usage_error(exc)
            sys.exit(exc.exit_code)
        except typer_errors.Abort:
            _print_line("kzeu: error: aborted")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def _print_usage_error(exc: click.ClickException) -> None:
    from ..render import print_error

    message = exc.format_message().replace("Value error, ", "")
    context = getattr(exc, "ctx", None)
    if isinstance(exc, click_errors.UsageError) and context is not None:
        message += f" (see '{context.command_path} --help')"
    print_error(message)


def _print_line(text: str) -> None:
    sys.stderr.write(text + "\n")
