#ifndef LOOPSCOPE_CNCURSES_SHIM_H
#define LOOPSCOPE_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/ncurses.h>
#endif
