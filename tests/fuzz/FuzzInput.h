#pragma once

// What every fuzz target shares: a Qt application object (some readers translate their messages),
// and the fuzzer's bytes as a QByteArray.
#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    // Qt's own warnings about bad input (qUncompress: Input data is corrupted, …) are expected here
    // by the million; written out they slowed the fuzzer and filled its log. A fatal one still ends
    // the run.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    return 0;
}

inline QByteArray fuzzBytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}
