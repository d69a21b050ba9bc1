#include "core/export/ChineseNames.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// The compound surnames of the 百家姓 and those still met today.
const QSet<QString> &compoundSurnames() {
    static const QSet<QString> set = [] {
        QSet<QString> s;
        const QString all =
            u"欧阳 太史 端木 上官 司马 东方 独孤 南宫 万俟 闻人 夏侯 诸葛 尉迟 公羊 赫连 澹台 "
            "皇甫 宗政 濮阳 公冶 太叔 申屠 公孙 慕容 仲孙 钟离 长孙 宇文 司徒 鲜于 司空 闾丘 "
            "子车 亓官 司寇 巫马 公西 颛孙 壤驷 公良 漆雕 乐正 宰父 谷梁 拓跋 夹谷 轩辕 令狐 "
            "段干 百里 呼延 东郭 南门 羊舌 微生 公户 公玉 公仪 梁丘 公仲 公上 公门 公山 公坚 "
            "左丘 公伯 西门 公祖 第五 公乘 贯丘 公皙 南荣 东里 东宫 仲长 子书 子桑 即墨 达奚 "
            "褚师 单于 完颜 爱新觉罗 叶赫那拉"_s;
        for (const QString &name : all.split(u' ', Qt::SkipEmptyParts))
            s.insert(name);
        return s;
    }();
    return set;
}

// The single surnames that cover nearly all of China's population (the common ones of the
// 百家姓 and of the 2020 census lists). Rare surnames that are also everyday words (身, 份, 号)
// are left out on purpose: after a label they would turn ordinary words into "names".
const QSet<QChar> &singleSurnames() {
    static const QSet<QChar> set = [] {
        QSet<QChar> s;
        const QString all =
            u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
            "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史"
            "陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟"
            "殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游"
            "辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫"
            "费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明"
            "佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝"
            "区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普"
            "阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾"
            "茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"_s;
        for (QChar c : all)
            s.insert(c);
        return s;
    }();
    return set;
}

} // namespace

int ChineseNames::surnameAt(QStringView text, qsizetype pos) {
    if (pos < 0 || pos >= text.size())
        return 0;
    for (int length : {4, 2}) {
        if (pos + length <= text.size() &&
            compoundSurnames().contains(text.mid(pos, length).toString()))
            return length;
    }
    return singleSurnames().contains(text.at(pos)) ? 1 : 0;
}

int ChineseNames::visiblePart(QStringView name) {
    const int surname = surnameAt(name, 0);
    if (surname > 1 && name.size() > surname)
        return surname;
    return name.isEmpty() ? 0 : 1;
}

QString ChineseNames::mask(const QString &name) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return n;
    if (!isHan(n.front())) {
        // Latin and other scripts: the first letter of every word.
        QString out = n;
        bool wordStart = true;
        for (QChar &c : out) {
            if (c.isLetterOrNumber()) {
                if (!wordStart)
                    c = u'*';
                wordStart = false;
            } else {
                wordStart = true;
            }
        }
        return out;
    }
    const int keep = visiblePart(n);
    QString out = n.left(keep);
    for (qsizetype i = keep; i < n.size(); ++i)
        out += n.at(i).isSpace() || n.at(i) == u'·' ? n.at(i) : QChar(u'*');
    if (out.size() == keep)
        out += u'*';
    return out;
}
