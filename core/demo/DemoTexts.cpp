#include "core/demo/DemoTexts.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace DemoTexts {

const QList<DepartmentInfo> &departments() {
    static const QList<DepartmentInfo> list = {
        {u"经济发展局", u"经发局", u"区直"},
        {u"商务局", u"商务局", u"市直"},
        {u"工业和信息化局", u"工信局", u"市直"},
        {u"发展和改革委员会", u"发改局", u"市直"},
        {u"自然资源局", u"自然资源局", u"市直"},
        {u"人力资源和社会保障局", u"人社局", u"市直"},
        {u"市场监督管理局", u"市场监管局", u"市直"},
        {u"住房和城乡建设局", u"住建局", u"市直"},
        {u"生态环境局", u"生态环境局", u"市直"},
        {u"税务局", u"税务局", u"垂管"},
        {u"国网供电公司", u"供电公司", u"企业"},
        {u"交通运输局", u"交通运输局", u"市直"},
        {u"科学技术局", u"科技局", u"市直"},
        {u"财政局", u"财政局", u"市直"},
        {u"金融工作办公室", u"金融办", u"市直"},
        {u"政务服务和数据管理局", u"政务服务局", u"市直"},
        {u"工商业联合会", u"工商联", u"群团"},
        {u"水务集团", u"水务集团", u"企业"},
        {u"燃气公司", u"燃气公司", u"企业"},
    };
    return list;
}

const QList<DomainInfo> &domains() {
    static const QList<DomainInfo> list = {
        {u"用地",
         {u"自然资源局"_s, u"住建局"_s, u"经发局"_s},
         {u"二期扩建项目用地指标至今未落实，土地招拍挂程序迟迟未能启动"_s,
          u"厂区已使用多年的土地因历史原因一直未办理不动产权证书"_s,
          u"新建厂房规划许可已批复，但土地出让合同约定的交地时间已过仍未交付"_s,
          u"项目用地范围内有两户居民未完成搬迁，影响场地平整"_s,
          u"标准化厂房租金上涨较快，园区内可租赁的闲置厂房难以找到"_s}},
        {u"融资",
         {u"金融办"_s, u"财政局"_s, u"工信局"_s},
         {u"流动资金贷款即将到期，银行要求先还后贷，企业短期内难以筹措过桥资金"_s,
          u"申请的创业担保贷款审批时间过长，已超过两个月仍未放款"_s,
          u"设备抵押评估值偏低，可获得的贷款额度不能满足技改需要"_s,
          u"应收账款质押融资在本地银行难以办理"_s,
          u"政府性融资担保机构担保费率偏高，中小企业负担较重"_s}},
        {u"用工",
         {u"人社局"_s, u"工商联"_s},
         {u"一线操作工招工难，今年春节后返岗率不足七成"_s,
          u"急需的数控技师和电工持证人员本地招聘不到"_s,
          u"新招录员工的社保补贴申请材料多次退回，至今未获批准"_s,
          u"外地引进的技术骨干子女入学问题尚未解决，人员流失风险较大"_s,
          u"以工代训补贴政策到期后企业培训成本明显增加"_s}},
        {u"审批",
         {u"政务服务局"_s, u"住建局"_s, u"市场监管局"_s},
         {u"施工许可证办理涉及多个部门，材料重复提交，审批周期较长"_s,
          u"食品生产许可证延续申请已提交一个月仍未进行现场核查"_s,
          u"消防验收需等待第三方检测报告，项目无法按期投产"_s,
          u"危险化学品经营许可证变更登记要求的材料不明确，企业多次往返"_s,
          u"企业名称变更后多个证照需分别办理变更，手续繁琐"_s}},
        {u"水电气",
         {u"供电公司"_s, u"水务集团"_s, u"燃气公司"_s},
         {u"新上生产线需增容至两千千伏安，供电方案答复时间较长"_s,
          u"园区夏季用电高峰期间多次计划外停电，影响连续生产"_s,
          u"厂区供水管网压力不足，生产用水高峰时段无法满足需求"_s,
          u"天然气接入工程配套费用较高，企业难以承受"_s,
          u"污水管网尚未接通至厂区，生产废水只能外运处理"_s}},
        {u"物流",
         {u"交通运输局"_s, u"商务局"_s},
         {u"园区周边道路狭窄，大型货车通行困难，经常发生拥堵"_s,
          u"冷链物流仓储能力不足，旺季农产品外运成本翻倍"_s,
          u"铁路专用线运力紧张，原料到厂时间无法保证"_s,
          u"货车限行时段调整后，夜间配送无法按时完成"_s}},
        {u"政策兑现",
         {u"财政局"_s, u"发改局"_s, u"经发局"_s, u"商务局"_s},
         {u"去年申报的技术改造奖补资金至今未拨付到位"_s,
          u"招商引资协议约定的固定资产投资补助迟迟未兑现"_s,
          u"外贸企业出口信用保险保费补贴申请后一直没有答复"_s,
          u"首次升规入统奖励政策的申报口径不清，企业无法申请"_s,
          u"稳岗返还资金因系统数据不一致未能发放"_s}},
        {u"环保",
         {u"生态环境局"_s, u"住建局"_s},
         {u"环评批复后因工艺调整需重新报批，审批时间影响项目进度"_s,
          u"重污染天气应急管控期间企业被要求全面停产，绩效分级评定标准不清楚"_s,
          u"危险废物处置单位容量有限，厂内暂存量接近上限"_s,
          u"排污许可证排放总量指标不足，新增产能无法投产"_s}},
        {u"税费",
         {u"税务局"_s, u"财政局"_s},
         {u"研发费用加计扣除政策执行口径不清楚，担心申报后被追缴"_s,
          u"增值税留抵退税申请已提交两个月尚未到账"_s,
          u"房产税和城镇土地使用税困难减免申请未获批准"_s,
          u"跨区域经营的分支机构汇总纳税申报手续复杂"_s}},
        {u"科技创新",
         {u"科技局"_s, u"工信局"_s},
         {u"高新技术企业认定中知识产权数量不足，缺少专业指导"_s,
          u"与高校合作的研发中心缺少场地和配套资金"_s,
          u"首台套装备推广应用难，本地项目采购时很少选用"_s,
          u"企业技术中心申报材料复杂，缺乏专业人员填报"_s}},
    };
    return list;
}

const QStringList &regions() {
    static const QStringList list = {u"通辽"_s, u"科尔沁"_s,   u"河源"_s, u"源城"_s,
                                     u"乌海"_s, u"海勃湾"_s,   u"清新"_s, u"清远"_s,
                                     u"乌审"_s, u"鄂尔多斯"_s, u"开鲁"_s, u"和平"_s,
                                     u"龙川"_s, u"乌达"_s,     u"海南"_s, u"霍林郭勒"_s};
    return list;
}

const QStringList &regionCodes() {
    static const QStringList list = {u"150500"_s, u"150502"_s, u"441600"_s, u"441602"_s,
                                     u"150300"_s, u"150302"_s, u"441803"_s, u"441800"_s,
                                     u"150626"_s, u"150600"_s, u"150523"_s, u"441624"_s,
                                     u"441622"_s, u"150304"_s, u"150303"_s, u"150581"_s};
    return list;
}

const QStringList &nameCharacters() {
    static const QStringList list =
        QString::fromUtf16(u"华盛鑫源泰丰宏达恒远瑞祥金诚嘉信天成永兴博宇正阳中泽润康安德晟新"
                           u"海通利隆昌明辉腾飞顺和益峰茂广誉佳亿众创联合北方蒙原绿野伟业")
            .split(QString(), Qt::SkipEmptyParts);
    return list;
}

const QStringList &industries() {
    static const QStringList list = {u"科技"_s,     u"食品"_s,     u"农牧业"_s, u"化工"_s,
                                     u"建材"_s,     u"新能源"_s,   u"物流"_s,   u"机械制造"_s,
                                     u"电子"_s,     u"医药"_s,     u"纺织"_s,   u"商贸"_s,
                                     u"冶金"_s,     u"环保科技"_s, u"乳业"_s,   u"生物科技"_s,
                                     u"建筑工程"_s, u"文化旅游"_s, u"光伏"_s,   u"汽车零部件"_s};
    return list;
}

const QStringList &surnames() {
    static const QStringList list =
        QString::fromUtf16(u"王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓"
                           u"许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭")
            .split(QString(), Qt::SkipEmptyParts);
    return list;
}

const QStringList &givenNameCharacters() {
    static const QStringList list =
        QString::fromUtf16(u"伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志文斌"
                           u"海燕红春晓亮宇鹏飞浩然子涵思远佳怡晨阳博雪梅立新振东")
            .split(QString(), Qt::SkipEmptyParts);
    return list;
}

const QStringList &channels() {
    static const QStringList list = {u"报名表"_s,       u"部门收集"_s, u"12345热线"_s,
                                     u"蒙企通"_s,       u"粤商通"_s,   u"一站式服务中心"_s,
                                     u"办不成事窗口"_s, u"走访"_s,     u"早餐会"_s};
    return list;
}

const QStringList &meetingForms() {
    static const QStringList list = {u"座谈会"_s, u"座谈会"_s, u"现场会"_s, u"早餐会"_s, u"走访"_s};
    return list;
}

const QStringList &meetingPlaces() {
    static const QStringList list = {u"政务服务中心三楼会议室"_s, u"开发区管委会一号会议室"_s,
                                     u"市政府第二会议室"_s, u"工业园区企业服务中心"_s,
                                     u"市民中心多功能厅"_s};
    return list;
}

const QStringList &openings() {
    static const QStringList list = {
        u"我公司成立于%1年，现有职工%2人，"_s, u"我企业是本地重点规上企业，年产值约%2百万元，"_s,
        u"我公司%1年落户园区，目前正处于扩产阶段，"_s, u"本企业主要从事相关产品的生产与销售，"_s,
        u"我公司系招商引资项目，总投资约%2百万元，"_s};
    return list;
}

const QStringList &impacts() {
    static const QStringList list = {
        u"，导致项目无法按期推进。"_s,     u"，企业生产经营受到较大影响。"_s,
        u"，已造成订单延误和经济损失。"_s, u"，企业多次反映仍未得到解决。"_s,
        u"，影响企业下一步投资计划。"_s,   u"。"_s};
    return list;
}

const QStringList &suggestions() {
    static const QStringList list = {u"建议相关部门对%1问题开辟绿色通道，限时办结。"_s,
                                     u"建议由%2牵头召开协调会，明确解决时限和责任人。"_s,
                                     u"希望出台针对性扶持政策，缓解企业在%1方面的困难。"_s,
                                     u"建议简化办理流程，实行容缺受理、并联审批。"_s,
                                     u"建议建立定期沟通机制，及时向企业反馈办理进度。"_s,
                                     u"恳请%2派专人上门指导，帮助企业尽快解决。"_s};
    return list;
}

const QStringList &progressTexts() {
    static const QStringList list = {
        u"已与企业对接，明确问题症结，正在研究解决方案。"_s,
        u"已召开专题协调会，相关部门分工落实，正在推进。"_s, u"已向上级部门请示，等待答复。"_s,
        u"已完成现场踏勘，相关材料正在补充完善。"_s, u"已列入本季度重点工作台账，按周调度。"_s};
    return list;
}

const QStringList &resultTexts() {
    static const QStringList list = {u"经协调，问题已解决，相关手续已办结。"_s,
                                     u"已按政策完成资金拨付，企业已确认到账。"_s,
                                     u"已出具书面答复，向企业解释政策依据并提供替代方案。"_s,
                                     u"经多部门联合办理，已形成解决方案并落实。"_s};
    return list;
}

const QStringList &feedbackTexts() {
    static const QStringList list = {u"已电话告知企业负责人办理结果。"_s,
                                     u"已当面向企业反馈，企业表示认可。"_s, u"已书面函告企业。"_s};
    return list;
}

const QStringList &extensionReasons() {
    static const QStringList list = {u"涉及多个部门会签，需延长办理时间。"_s,
                                     u"需报请上级部门审批，无法在期限内办结。"_s,
                                     u"企业补充材料时间较长。"_s, u"需等待第三方评估报告。"_s};
    return list;
}

const QStringList &opinions(int level) {
    static const QList<QStringList> lists = {
        {u"办理及时，问题得到解决，非常满意。"_s, u"部门态度积极，协调有力。"_s},
        {u"问题基本解决，希望进一步加快进度。"_s, u"答复清楚，但部分事项仍需跟进。"_s},
        {u"问题仍未实质解决，希望重新办理。"_s, u"答复与诉求不符，不满意。"_s}};
    return lists.at(std::clamp(level, 0, 2));
}

QString pick(QRandomGenerator &rng, const QStringList &list) {
    return list.at(int(rng.bounded(quint32(list.size()))));
}

QString personName(QRandomGenerator &rng) {
    QString name = pick(rng, surnames()) + pick(rng, givenNameCharacters());
    if (rng.bounded(3u) != 0)
        name += pick(rng, givenNameCharacters());
    return name;
}

QString mobilePhone(QRandomGenerator &rng) {
    static const char *prefixes[] = {"13", "15", "18", "17", "19", "14", "16"};
    QString phone = QString::fromLatin1(prefixes[rng.bounded(7u)]);
    for (int i = 0; i < 9; ++i)
        phone += QChar(u'0' + int(rng.bounded(10u)));
    return phone;
}

} // namespace DemoTexts
