/* jieba's dictionary cut, compiled: the same words as segment.cut_dag, about ten times sooner.
 *
 * segment.py keeps the reference implementation in Python (cut_dag) and uses
 * this module when it was built (hatch_build.py compiles it with the wheel); a
 * test holds the two equal on real text. The route is found by the same
 * right-to-left pass with the same double arithmetic in the same order (a
 * word's score plus the best score of the rest, ties to the longer word), so
 * the cuts are identical, not merely close.
 *
 * What makes it fast is the dictionary's form: a trie of its entries built once
 * per segmenter, walked one character at a time from each position, instead
 * of a Python string and a dictionary lookup for every fragment.
 *
 *   Trie(freq, logtotal): freq maps each entry to its frequency (0: a bare
 *       prefix of longer words); a word's score is log(freq) - logtotal, a bare
 *       prefix's -inf (segment.WordScores gives the same numbers).
 *   Trie.cut(run) -> tuple[str, ...]: the words of one run (segment._RUN).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

/* an edge: (parent node + 1) << 21 | code point; 0 marks an empty slot */
typedef struct {
    uint64_t key;
    uint32_t child;
} Edge;

typedef struct {
    PyObject_HEAD
    Edge *edges;        /* open addressing, linear probing */
    uint64_t mask;      /* slots - 1 (a power of two) */
    double *score;      /* per node: log(freq) - logtotal, or -inf for a bare prefix */
    unsigned char *entry;  /* per node: 1 when the node's text is an entry of freq */
    uint32_t nodes, capacity;
    double single;      /* a character that is no entry: -logtotal (jieba's frequency 1) */
} Trie;

static inline uint64_t
mix(uint64_t key)
{
    key ^= key >> 31;
    key *= 0x9E3779B97F4A7C15ULL;
    return key ^ (key >> 29);
}

/* the child of ``node`` by ``ch``, or UINT32_MAX when there is none */
static inline uint32_t
child_of(const Trie *t, uint32_t node, Py_UCS4 ch)
{
    uint64_t key = ((uint64_t)node + 1) << 21 | ch;
    for (uint64_t at = mix(key) & t->mask;; at = (at + 1) & t->mask) {
        if (t->edges[at].key == key)
            return t->edges[at].child;
        if (t->edges[at].key == 0)
            return UINT32_MAX;
    }
}

static int
grow_nodes(Trie *t)
{
    uint32_t capacity = t->capacity ? t->capacity * 2 : 1024;
    double *score = PyMem_Realloc(t->score, sizeof(double) * capacity);
    if (score == NULL)
        return -1;
    t->score = score;
    unsigned char *entry = PyMem_Realloc(t->entry, capacity);
    if (entry == NULL)
        return -1;
    t->entry = entry;
    t->capacity = capacity;
    return 0;
}

/* double the edge table and place every edge again; -1 when memory runs out */
static int
grow_edges(Trie *t)
{
    uint64_t slots = (t->mask + 1) * 2;
    Edge *edges = PyMem_Calloc(slots, sizeof(Edge));
    if (edges == NULL)
        return -1;
    for (uint64_t i = 0; i <= t->mask; i++) {
        if (t->edges[i].key == 0)
            continue;
        uint64_t at = mix(t->edges[i].key) & (slots - 1);
        while (edges[at].key != 0)
            at = (at + 1) & (slots - 1);
        edges[at] = t->edges[i];
    }
    PyMem_Free(t->edges);
    t->edges = edges;
    t->mask = slots - 1;
    return 0;
}

/* the child of ``node`` by ``ch``, made when there is none; UINT32_MAX on failure */
static uint32_t
add_child(Trie *t, uint32_t node, Py_UCS4 ch)
{
    if ((uint64_t)t->nodes * 2 > t->mask + 1 && grow_edges(t) < 0)  /* at most half the slots taken */
        return UINT32_MAX;
    uint64_t key = ((uint64_t)node + 1) << 21 | ch;
    uint64_t at = mix(key) & t->mask;
    for (; t->edges[at].key != 0; at = (at + 1) & t->mask)
        if (t->edges[at].key == key)
            return t->edges[at].child;
    if (t->nodes == t->capacity && grow_nodes(t) < 0)
        return UINT32_MAX;
    uint32_t child = t->nodes++;
    t->score[child] = -Py_HUGE_VAL;
    t->entry[child] = 0;
    t->edges[at].key = key;
    t->edges[at].child = child;
    return child;
}

static void
Trie_dealloc(Trie *t)
{
    PyMem_Free(t->edges);
    PyMem_Free(t->score);
    PyMem_Free(t->entry);
    Py_TYPE(t)->tp_free((PyObject *)t);
}

static int
Trie_init(Trie *t, PyObject *args, PyObject *kwds)
{
    static char *names[] = {"freq", "logtotal", NULL};
    PyObject *freq;
    double logtotal;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!d:Trie", names, &PyDict_Type, &freq, &logtotal))
        return -1;
    if (t->edges != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "a Trie is built once");
        return -1;
    }
    /* jieba's dictionary holds every prefix of its words, so it has about one node per entry:
     * room for that many edges at a load of a half (the table grows if there are more) */
    Py_ssize_t pos = 0;
    PyObject *word, *count;
    uint64_t slots = 1024;
    while (slots < (uint64_t)PyDict_GET_SIZE(freq) * 2 + 2)
        slots *= 2;
    t->edges = PyMem_Calloc(slots, sizeof(Edge));
    if (t->edges == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    t->mask = slots - 1;
    t->single = -logtotal;
    if (grow_nodes(t) < 0) {
        PyErr_NoMemory();
        return -1;
    }
    t->nodes = 1;  /* the root: the empty text, no entry */
    t->score[0] = -Py_HUGE_VAL;
    t->entry[0] = 0;
    pos = 0;
    while (PyDict_Next(freq, &pos, &word, &count)) {
        if (!PyUnicode_Check(word)) {
            PyErr_SetString(PyExc_TypeError, "a dictionary entry is not a str");
            return -1;
        }
        double f = PyFloat_AsDouble(count);
        if (f == -1.0 && PyErr_Occurred())
            return -1;
        Py_ssize_t n = PyUnicode_GET_LENGTH(word);
        int kind = PyUnicode_KIND(word);
        const void *data = PyUnicode_DATA(word);
        uint32_t node = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            node = add_child(t, node, PyUnicode_READ(kind, data, i));
            if (node == UINT32_MAX) {
                PyErr_NoMemory();
                return -1;
            }
        }
        if (n == 0)
            continue;  /* the empty text is never looked up */
        t->entry[node] = 1;
        /* math.log of a positive int is the C library's log of it as a double */
        t->score[node] = f != 0.0 ? log(f) - logtotal : -Py_HUGE_VAL;
    }
    return 0;
}

static int
is_alnum(Py_UCS4 ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

static int
append_word(PyObject *words, PyObject *run, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *word = PyUnicode_Substring(run, start, end);
    if (word == NULL)
        return -1;
    int failed = PyList_Append(words, word);
    Py_DECREF(word);
    return failed;
}

static PyObject *
Trie_cut(Trie *t, PyObject *run)
{
    if (!PyUnicode_Check(run)) {
        PyErr_SetString(PyExc_TypeError, "cut() takes a str");
        return NULL;
    }
    if (t->edges == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "the Trie was not built");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(run);
    int kind = PyUnicode_KIND(run);
    const void *data = PyUnicode_DATA(run);
    double *score = PyMem_Malloc(sizeof(double) * (n + 1));
    Py_ssize_t *end = PyMem_Malloc(sizeof(Py_ssize_t) * (n + 1));
    PyObject *words = NULL, *out = NULL;
    if (score == NULL || end == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    score[n] = 0.0;
    for (Py_ssize_t k = n - 1; k >= 0; k--) {
        double after = score[k + 1];
        end[k] = k + 1;
        uint32_t node = child_of(t, 0, PyUnicode_READ(kind, data, k));
        if (node == UINT32_MAX || !t->entry[node]) {  /* not even a prefix: the character is a word of its own */
            score[k] = t->single + after;
            continue;
        }
        double top = t->score[node] + after;  /* -inf when run[k] is only a prefix */
        Py_ssize_t top_end = k + 1;
        for (Py_ssize_t i = k + 1; i < n; i++) {
            node = child_of(t, node, PyUnicode_READ(kind, data, i));
            if (node == UINT32_MAX || !t->entry[node])  /* no longer word starts here */
                break;
            double s = t->score[node] + score[i + 1];
            if (s >= top) {
                top = s;
                top_end = i + 1;
            }
        }
        if (top == -Py_HUGE_VAL) {  /* only prefixes start here: one character */
            score[k] = t->single + after;
        } else {
            score[k] = top;
            end[k] = top_end;
        }
    }
    words = PyList_New(0);
    if (words == NULL)
        goto done;
    Py_ssize_t x = 0, letters = -1;  /* letters: where a run of single letters and digits began */
    while (x < n) {
        Py_ssize_t y = end[x];
        if (y - x == 1 && is_alnum(PyUnicode_READ(kind, data, x))) {
            if (letters < 0)
                letters = x;  /* jieba glues single letters and digits back together */
        } else {
            if (letters >= 0 && append_word(words, run, letters, x) < 0)
                goto done;
            letters = -1;
            if (append_word(words, run, x, y) < 0)
                goto done;
        }
        x = y;
    }
    if (letters >= 0 && append_word(words, run, letters, n) < 0)
        goto done;
    out = PyList_AsTuple(words);
done:
    Py_XDECREF(words);
    PyMem_Free(score);
    PyMem_Free(end);
    return out;
}

static PyObject *
Trie_len(Trie *t, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromUnsignedLong(t->nodes);
}

static PyMethodDef Trie_methods[] = {
    {"cut", (PyCFunction)Trie_cut, METH_O, "cut(run) -> tuple of the words of one run (segment.cut_dag's cut)."},
    {"nodes", (PyCFunction)Trie_len, METH_NOARGS, "nodes() -> how many texts the trie holds (with the empty one)."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject TrieType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "reportgen.extract._dagcut.Trie",
    .tp_basicsize = sizeof(Trie),
    .tp_dealloc = (destructor)Trie_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Trie(freq, logtotal): jieba's dictionary as a trie; cut(run) gives the dictionary cut of one run.",
    .tp_methods = Trie_methods,
    .tp_init = (initproc)Trie_init,
    .tp_new = PyType_GenericNew,
};

static struct PyModuleDef dagcut_module = {
    .m_base = PyModuleDef_HEAD_INIT,
    .m_name = "_dagcut",
    .m_doc = "jieba's dictionary cut, compiled (see segment.cut_dag).",
    .m_size = -1,
};

PyMODINIT_FUNC
PyInit__dagcut(void)
{
    if (PyType_Ready(&TrieType) < 0)
        return NULL;
    PyObject *module = PyModule_Create(&dagcut_module);
    if (module == NULL)
        return NULL;
    Py_INCREF(&TrieType);
    if (PyModule_AddObject(module, "Trie", (PyObject *)&TrieType) < 0) {
        Py_DECREF(&TrieType);
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
