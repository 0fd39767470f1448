#include "ReportFonts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QMutex>

namespace outpace {

namespace {

class ReportFontTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReportFonts)
};

} // namespace

Result<QString> ReportFonts::family()
{
    static QMutex mutex;
    static QString registered;
    const QMutexLocker lock(&mutex);
    if (!registered.isEmpty())
        return registered;
    for (const QString &file : {QStringLiteral(":/report/fonts/DejaVuSans.ttf"),
             QStringLiteral(":/report/fonts/DejaVuSans-Bold.ttf")}) {
        const int id = QFontDatabase::addApplicationFont(file);
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty())
            return Result<QString>::failure(
                ReportFontTexts::tr("the report's font %1 could not be loaded; the program is incomplete")
                    .arg(file.section(QLatin1Char('/'), -1)));
        registered = families.first();
    }
    return registered;
}

QByteArray ReportFonts::licence()
{
    QFile file(QStringLiteral(":/report/fonts/DejaVu-LICENCE.txt"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace outpace
