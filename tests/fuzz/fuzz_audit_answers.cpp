// libFuzzer target: an audit answers file on any bytes, read for the Backend Developer role and scored.
// Accepted answers must give scores within 0..100; refused ones an error naming the file.

#include "catalog/CatalogLoader.h"
#include "scoring/TaskLabelling.h"
#include "scoring/AuditAnswers.h"
#include "scoring/RiskScorer.h"
#include "scoring/TaskLabelling.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const outpace::Catalog catalog = outpace::LabelledCatalog::loadBuiltIn().value();
    static const outpace::Role &role = *catalog.role(u"backend-developer");
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const outpace::Result<outpace::AuditAnswers> answers
        = outpace::AuditAnswers::fromJson(bytes, QStringLiteral("answers.json"), role, catalog);
    if (!answers) {
        if (!answers.error().startsWith(QStringLiteral("answers.json")))
            std::abort();
        return 0;
    }
    const outpace::RiskResult result = outpace::RiskScorer().score(role, answers.value());
    if (!(result.risk >= 0 && result.risk <= 100)
        || !(result.personalExposure >= 0 && result.personalExposure <= 100 + 1e-9))
        std::abort();
    return 0;
}
