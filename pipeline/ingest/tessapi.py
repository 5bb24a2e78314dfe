"""Tesseract through its C API (libtesseract, the library the `tesseract` program itself runs on).

The program loads its model anew on every run: ~0.1 s of CPU for Vietnamese, against ~1.3 s to
read a page, paid twice a page when the page's lone words are read again (ocr._reread_lone_words).
Here a loaded model (a TessBaseAPI) is kept for the process's later reads: one (MAX_MODELS) per
process, used by one thread at a time; a read that finds it busy runs the program. The same library with the same settings gives the same
TSV as `tesseract IMG OUT -l vie --dpi D --psm P -c preserve_interword_spaces=1 tsv`, word for word
(boxes and confidences included).

    tsv(gray, dpi, psm, timeout_s) -> the TSV text (no header line), or None: no library here,
                                      or the page too big for the memory left (see _fits)

KEHOACH_OCR_API=0 turns it off: the callers then run the program (pytesseract) as before. So does a
platform without libtesseract.so.5 or without the language's model where the library looks for it.
"""
from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import os
import resource
import threading
import time
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

import numpy as np

LANG = "vie"
# the settings pytesseract's image_to_data hands the program (besides --dpi and --psm, set per read),
# and the library's messages ("Empty page!!"), which the program printed to a pipe, kept off stderr
VARIABLES = (("tessedit_create_tsv", "1"), ("preserve_interword_spaces", "1"), ("debug_file", os.devnull))


class ApiTimeout(RuntimeError):
    """A read passed its deadline (Tesseract's monitor cancelled it)."""


class ApiError(RuntimeError):
    """Tesseract could not read the image."""


@lru_cache(maxsize=1)
def _library() -> ctypes.CDLL | None:
    if os.environ.get("KEHOACH_OCR_API", "1") == "0":
        return None
    # OpenMP reads its thread limit when the library loads (see ocr._tesseract_env)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("tesseract") or "libtesseract.so.5")
    except OSError:
        return None
    p, i, s = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
    signatures = {
        "TessBaseAPICreate": ([], p), "TessBaseAPIDelete": ([p], None), "TessBaseAPIEnd": ([p], None),
        "TessBaseAPIInit3": ([p, s, s], i), "TessBaseAPISetVariable": ([p, s, s], i),
        "TessBaseAPISetPageSegMode": ([p, i], None), "TessBaseAPISetImage": ([p, p, i, i, i, i], None),
        "TessBaseAPIRecognize": ([p, p], i), "TessBaseAPIGetTsvText": ([p, i], p),
        "TessBaseAPIClear": ([p], None), "TessDeleteText": ([p], None),
        "TessMonitorCreate": ([], p), "TessMonitorDelete": ([p], None),
        "TessMonitorSetDeadlineMSecs": ([p, i], None),
    }
    try:
        for name, (args, res) in signatures.items():
            fn = getattr(lib, name)
            fn.argtypes, fn.restype = args, res
    except AttributeError:  # a library without the C API (too old)
        return None
    return lib


class _Api:
    """One TessBaseAPI with LANG loaded."""

    def __init__(self, lib: ctypes.CDLL) -> None:
        self.lib = lib
        self.handle = lib.TessBaseAPICreate()
        if not self.handle or lib.TessBaseAPIInit3(self.handle, None, LANG.encode()) != 0:
            if self.handle:
                lib.TessBaseAPIDelete(self.handle)
            raise OSError(f"Tesseract's library cannot load the {LANG} model")
        for name, value in VARIABLES:
            lib.TessBaseAPISetVariable(self.handle, name.encode(), value.encode())

    def tsv(self, gray: np.ndarray, dpi: int, psm: int, timeout_s: float) -> str:
        lib, h = self.lib, self.handle
        gray = np.ascontiguousarray(gray, dtype=np.uint8)
        lib.TessBaseAPISetPageSegMode(h, psm)
        lib.TessBaseAPISetVariable(h, b"user_defined_dpi", str(int(dpi)).encode())
        lib.TessBaseAPISetImage(h, gray.ctypes.data, gray.shape[1], gray.shape[0], 1, gray.shape[1])
        monitor = lib.TessMonitorCreate()
        try:
            t0 = time.monotonic()  # (before the deadline is set: a cancel right at it is a timeout)
            if timeout_s:
                lib.TessMonitorSetDeadlineMSecs(monitor, int(timeout_s * 1000))
            if lib.TessBaseAPIRecognize(h, monitor) != 0:
                lib.TessBaseAPIClear(h)
                if timeout_s and time.monotonic() - t0 >= timeout_s:
                    raise ApiTimeout(f"no result within {timeout_s} s")
                raise ApiError("recognition failed")
            text = lib.TessBaseAPIGetTsvText(h, 0)
            try:
                return ctypes.string_at(text).decode("utf-8") if text else ""
            finally:
                if text:
                    lib.TessDeleteText(text)
                lib.TessBaseAPIClear(h)
        finally:
            lib.TessMonitorDelete(monitor)

    def close(self) -> None:
        self.lib.TessBaseAPIEnd(self.handle)
        self.lib.TessBaseAPIDelete(self.handle)


_LOCK = threading.Lock()
_IDLE: list[_Api] = []
_BROKEN = False  # the model would not load: the program is used instead
# Models loaded in one process. A model and its page's working memory take ~80 MB of the process;
# two threads of one worker reading at once (the pages of a scan spread over the cores) would put
# a worker reading scans near 580 MB where the ~400 MB of its own page images were the most before.
# A read that finds the one model busy runs the program, whose memory is its own (and costs ~0.1 s
# more, to load the model).
MAX_MODELS = 1
_LIVE = 0


def _after_fork() -> None:
    # (a lock another thread held at the fork stays held in the child; the idle models are copies,
    # and a model another thread was reading with is not the child's to use or count)
    global _LOCK, _LIVE
    _LOCK = threading.Lock()
    _LIVE = len(_IDLE)


os.register_at_fork(after_in_child=_after_fork)


@contextmanager
def _borrowed() -> Iterator[_Api | None]:
    global _BROKEN, _LIVE
    lib = None if _BROKEN else _library()
    if lib is None:
        yield None
        return
    with _LOCK:
        api = _IDLE.pop() if _IDLE else None
        new = api is None and _LIVE < MAX_MODELS
        _LIVE += new
    if api is None and not new:  # every model is reading: the program reads this one
        yield None
        return
    if api is None:
        try:
            api = _Api(lib)
        except OSError:
            with _LOCK:
                _LIVE -= 1
            _BROKEN = True
            yield None
            return
    try:
        yield api
    finally:
        with _LOCK:
            _IDLE.append(api)


# A read takes ~5 bytes of address space a pixel besides the model (+170 MB for a 35-megapixel page).
# Inside the worker, running out of its address space (Limits.max_memory_mb, RLIMIT_AS) makes
# Tesseract crash the process (a failed pixel allocation, then a segfault), where the program's crash
# is its own: a page that would leave less than twice that free, or past MAX_PIXELS, runs the program.
BYTES_A_PIXEL = 5
MAX_PIXELS = 40_000_000  # (an A3 page at 400 dpi is 31 megapixels)


def _fits(gray: np.ndarray) -> bool:
    pixels = gray.shape[0] * gray.shape[1] if gray.ndim >= 2 else 0
    if pixels > MAX_PIXELS:
        return False
    limit = resource.getrlimit(resource.RLIMIT_AS)[0]
    if limit == resource.RLIM_INFINITY:
        return True
    try:
        with open("/proc/self/status") as f:
            size = next(int(ln.split()[1]) << 10 for ln in f if ln.startswith("VmSize:"))
    except (OSError, StopIteration, ValueError):
        return False  # (not knowing what is left, the program is the safe reader)
    return limit - size > 2 * (BYTES_A_PIXEL * pixels + (64 << 20))


def tsv(gray: np.ndarray, dpi: int, psm: int, timeout_s: float = 0) -> str | None:
    """Tesseract's TSV of a greyscale image (uint8 rows), no header line; None when the library
    is not to be had or the page is too big for what is left of the process's memory (the caller
    runs the program).

    `timeout_s` is Tesseract's own deadline, which stops recognition but not the layout analysis
    before it: on a page of pure noise that took 78 s against a 1 s deadline. The batch's per-plan
    timeout (Limits.timeout_s), which kills the worker, still bounds it."""
    if not _fits(gray):
        return None
    with _borrowed() as api:
        return None if api is None else api.tsv(gray, dpi, psm, timeout_s)


@atexit.register
def _close_all() -> None:
    # (a model left loaded at exit makes Tesseract's caches print "LEAK!" warnings)
    with _LOCK:
        while _IDLE:
            _IDLE.pop().close()
