// Runs the fuzz target's checks over every file of its corpus without libFuzzer, so the ordinary test run
// (gcc, no sanitizer needed) keeps every past finding fixed.
//   fuzz_personal_import_replay tests/fuzz/corpus/personal

#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_personal_import_replay CORPUS-FOLDER\n");
        return 2;
    }
    LLVMFuzzerInitialize(&argc, &argv);
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    const QStringList names = corpus.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(corpus.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = file.readAll();
        // The target aborts on any broken promise; reaching the end means every file held.
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    }
    std::printf("%lld passed, 0 failed\n", static_cast<long long>(names.size()));
    return names.isEmpty() ? 1 : 0;
}
