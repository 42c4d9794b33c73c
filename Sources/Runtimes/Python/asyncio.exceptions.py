# asyncio.exceptions: the errors the native core does not define.

TimeoutError = TimeoutError


class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'
