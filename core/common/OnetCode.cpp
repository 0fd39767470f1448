#include "common/OnetCode.h"

namespace outpace::OnetCode {

namespace {

bool digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i) {
        if (text[i] < u'0' || text[i] > u'9')
            return false;
    }
    return true;
}

} // namespace

bool isSocCode(QStringView text)
{
    return text.size() == 7 && digitsAt(text, 0, 2) && text[2] == u'-' && digitsAt(text, 3, 4);
}

bool isOnetSocCode(QStringView text)
{
    return text.size() == 10 && isSocCode(text.left(7)) && text[7] == u'.' && digitsAt(text, 8, 2);
}

} // namespace outpace::OnetCode
