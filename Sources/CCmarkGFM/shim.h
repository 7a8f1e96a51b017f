// cmark-gfm and its GFM extensions, as Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev install them.
// Only cmark-gfm is linked, never plain cmark: the two libraries export the same symbols.
#ifndef NEWSDESK_CCMARKGFM_SHIM_H
#define NEWSDESK_CCMARKGFM_SHIM_H

#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

#endif
