#pragma once
// A research label set large enough for a cancel to land halfway through its import: 200 occupations of
// 100 tasks each, every row consistent with the published figures the reader checks. Shared by the
// workspace's job tests and the desktop's import test.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

inline QString writeLargeLabelSet(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("large-labelset.tsv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text
        = "\tO*NET-SOC Code\tTask ID\tTask\tTask Type\tTitle\thuman_exposure_agg\tgpt4_exposure\t"
          "gpt4_exposure_alt_rubric\tgpt_3_relevant\tgpt4_automation\talpha\tbeta\tgamma\tautomation\t"
          "human_labels\n";
    int row = 0;
    for (int occupation = 0; occupation < 200; ++occupation) {
        const QByteArray code
            = QStringLiteral("11-%1.00").arg(1000 + occupation, 4, 10, QLatin1Char('0')).toUtf8();
        for (int task = 0; task < 100; ++task, ++row) {
            text += QByteArray::number(row) + '\t' + code + '\t' + QByteArray::number(50000 + row)
                + ".0\tPlan the work of task " + QByteArray::number(row) + ".\tCore\tSynthetic occupation "
                + QByteArray::number(occupation) + "\tE2\tE1\tE1\tTrue\tT3\t1.0\t1.0\t1.0\t0.75\tE2\n";
        }
    }
    file.write(text);
    return path;
}
