package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.figure.Qualifier;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Chinese reports of fairs and customs on the mainland and in Hong Kong, Macau and Taiwan
 * write, and the finder misread (third pass over real reports, 2 December 2026). Each phrase is
 * real; the page is named beside it.
 */
class FindingInChineseReportsTest {

    private static final FigureFormat ZH = FigureFormat.chinese();

    @Test
    void compoundNounsAreReadWhole() {
        // "逾9.5万名境外采购商" (cvworld.cn), "42个签约项目" (city.cri.cn), "88场线上线下经贸活动", "3500多对贸易配对"
        // (guangxi.china.com.cn), "83场新品发布会" (qianxunwang.com.cn)
        assertEquals("境外采购商", Found.only(ZH, "吸引逾9.5万名境外采购商到会。").noun().orElseThrow());
        assertEquals("签约项目", Found.only(ZH, "促成42个签约项目。").noun().orElseThrow());
        assertEquals("线上线下经贸活动", Found.only(ZH, "举办88场线上线下经贸活动").noun().orElseThrow());
        assertEquals("贸易配对", Found.only(ZH, "完成3500多对贸易配对").noun().orElseThrow());
        assertEquals("新品发布会", Found.only(ZH, "举办83场新品发布会").noun().orElseThrow());
    }

    @Test
    void aVerbAfterTheNounEndsIt() {
        // "近8万名专业观众应邀" (mofangge.com, People's Daily), "3617家企业有所" (caixin.com), "60國來台" (ntdtv.com.tw)
        assertEquals("专业观众", Found.only(ZH, "近8万名专业观众应邀参加").noun().orElseThrow());
        assertEquals("企业", Found.only(ZH, "3617家企业有所增长").noun().orElseThrow());
        assertEquals("國", Found.only(ZH, "吸引60國來台採購").noun().orElseThrow());
    }

    @Test
    void yuanIsTheCurrencyAReportDeclaresForIt() {
        // "11.9億元(澳門元,下同)" and "35.2億澳門元" (gov.mo, Macau statistics)
        List<FoundFigure> found = ZH.find("本澳出口11.9億元(澳門元,下同)，按年上升5%；進口35.2億澳門元，貨物貿易逆差23.3億元。");
        assertEquals(List.of("11.9億元", "按年上升5%", "35.2億澳門元", "23.3億元"), Found.texts(found));
        Currency pataca = Currency.getInstance("MOP");
        assertEquals(List.of(pataca, pataca, pataca), List.of(found.get(0).currency().orElseThrow(),
                found.get(2).currency().orElseThrow(), found.get(3).currency().orElseThrow()));
        assertEquals(Currency.getInstance("CNY"), ZH.find("出口5亿元，进口3亿元(澳门元,下同)").get(0).currency().orElseThrow(),
                "an amount before the one just before the declaration keeps 元 as the renminbi");
        assertEquals(Currency.getInstance("USD"), ZH.find("出口11.9億美元(澳門元,下同)").get(0).currency().orElseThrow());
        assertEquals(Currency.getInstance("CNY"), Found.only(ZH, "投资人民币5亿元(澳门元,下同)").currency().orElseThrow());
    }

    @Test
    void yuanIsTheDefaultCurrencyOfTaiwanHongKongOrMacau() {
        // "約新臺幣460億元" (cna.com.tw); a Taiwan report writes "460億元" for New Taiwan dollars
        Currency twd = Currency.getInstance("TWD");
        assertEquals(twd, ZH.withDefaultCurrency(twd).find("創造460億元的產值").get(0).currency().orElseThrow());
        assertEquals(Currency.getInstance("CNY"), ZH.find("創造460億元的產值").get(0).currency().orElseThrow());
        assertEquals(Currency.getInstance("USD"), ZH.withDefaultCurrency(twd).find("出口640.5億美元").get(0).currency()
                .orElseThrow(), "美元 names its currency");
    }

    @Test
    void findAllReadsTheSymbolsOfAReportInTheCurrencyItNames() {
        Currency hkd = Currency.getInstance("HKD");
        List<FoundFigure> found = FigureFormat.findAll("Exports were $3.5 billion. 出口35億元，按年升5%。", hkd);
        assertEquals(List.of(hkd, hkd), List.of(found.get(0).currency().orElseThrow(), found.get(1).currency().orElseThrow()));
        assertEquals(List.of(), FigureFormat.findAll("¥5 billion", hkd), "a symbol the currency is no meaning of");
        assertEquals(Currency.getInstance("JPY"), FigureFormat.findAll("¥5 billion", Currency.getInstance("JPY")).get(0)
                .currency().orElseThrow());
    }

    @Test
    void theSurplusOfChuChaoIsNoMoreThan() {
        // "11月出超160.9億美元" (tw.news.yahoo.com, Taiwan Ministry of Finance)
        FoundFigure surplus = Found.only(ZH, "11月出超160.9億美元");
        assertEquals("160.9億美元", surplus.text());
        assertEquals(Qualifier.EXACT, surplus.figure().qualifier());
    }

    @Test
    void taiwansYearOnYearRateIsAChange() {
        // "年增率達56%" (tw.news.yahoo.com)
        assertTrue(Found.only(ZH, "年增率達56%").isChange());
    }

    @Test
    void hongKongsByTheYearIsAYearOnYearPhrase() {
        // "按年上升" (gov.mo; Hong Kong and Macau statistics write 按年 for 同比)
        assertEquals("按年上升5%", Found.only(ZH, "出口按年上升5%").text());
    }

    @Test
    void aListWhoseChangeWordIsWrittenOnceIsAListOfChanges() {
        // "分别减少11.2%、13.9%、13%" (fuzhou.baogaosu.com, Fuzhou and Xiamen customs)
        List<FoundFigure> found = ZH.find("煤、原油、天然气分别减少11.2%、13.9%、13%，进口均价分别上涨71.6%、61.5%、61.5%。");
        assertEquals(List.of(Found.closed("-11.25", "-11.15"), Found.closed("-13.95", "-13.85"), Found.closed("-13.5", "-12.5"),
                Found.closed("71.55", "71.65"), Found.closed("61.45", "61.55"), Found.closed("61.45", "61.55")),
                found.stream().map(FoundFigure::bounds).toList());
        assertEquals(List.of(Found.closed("74.35", "74.45"), Found.closed("11.35", "11.45"), Found.closed("4.5", "5.5")),
                FigureFormat.english().find("Exports and imports increased by 74.4%, 11.4% and 5% respectively.").stream()
                        .map(FoundFigure::bounds).toList());
        assertEquals(List.of(true, false), FigureFormat.english().find("Exports rose 5%, 30% of the total went to Asia.").stream()
                .map(FoundFigure::isChange).toList(), "no list without \"respectively\"");
    }

    @Test
    void aListWhoseUnitIsWrittenOnceIsAListOfThatKind() {
        // "分别进口3385.3万、957.2万、150万吨" (fuzhou.baogaosu.com), "分别高于全国平均水平11.2、15.6和5.7个百分点" (caop.org.cn)
        List<FoundFigure> tonnes = ZH.find("煤、原油、天然气分别进口3385.3万、957.2万、150万吨。");
        assertEquals(List.of("3385.3万", "957.2万", "150万吨"), Found.texts(tonnes));
        assertEquals(List.of(FoundFigure.Kind.QUANTITY, FoundFigure.Kind.QUANTITY, FoundFigure.Kind.QUANTITY),
                tonnes.stream().map(FoundFigure::kind).toList());
        assertEquals(Found.closed("33852500", "33853500"), tonnes.get(0).bounds());
        List<FoundFigure> points = ZH.find("累计增幅分别高于全国平均水平11.2、15.6和5.7个百分点。");
        assertEquals(List.of("11.2", "15.6", "5.7个百分点"), Found.texts(points));
        assertEquals(List.of(FoundFigure.Kind.POINTS, FoundFigure.Kind.POINTS, FoundFigure.Kind.POINTS),
                points.stream().map(FoundFigure::kind).toList());
        List<FoundFigure> rates = FigureFormat.english().find("Sales rose 5, 6 and 7 percent respectively.");
        assertEquals(List.of("rose 5", "6", "7 percent"), Found.texts(rates));
        assertEquals(List.of(true, true, true), rates.stream().map(FoundFigure::isChange).toList());
        assertEquals(List.of("5%"), Found.texts(FigureFormat.english().find("from 2019, 2020 and 5% of firms")), "years are no rates");
        assertEquals(List.of(), Found.texts(ZH.find("分别为1、2和3")), "nothing says what the items are");
    }

    @Test
    void namesAndIdiomsAreNoFigures() {
        // "保持两位数增长" (women.fjsen.com), "一成都公司" (chengpou.com.mo), "面积55万平方公里" (news.youth.cn),
        // "近15年半以來" (tw.news.yahoo.com), "排名前10位的有9家" (prnasia.com)
        assertEquals(List.of(), Found.texts(ZH.find("保持两位数增长")));
        assertEquals(List.of("四名本澳商人"), Found.texts(ZH.find("一成都公司就与四名本澳商人签约")));
        assertEquals(List.of(), Found.texts(ZH.find("大会成果丰硕，又一成果")));
        assertEquals(List.of("55万平方公里"), Found.texts(ZH.find("面积55万平方公里")), "an area, no count of 平方公里");
        assertEquals(List.of(), Found.texts(ZH.find("增幅是近15年半以來最強")));
        assertEquals(List.of("9家"), Found.texts(ZH.find("排名前10位的有9家")));
        assertEquals("三成", Found.only(ZH, "三成交易额").text(), "成交 after a numeral is three tenths of a transaction");
    }

    @Test
    void rangesInCharactersAreNoFigures() {
        // "五至六億元", "三到四成" (881903.com)
        assertEquals(List.of(), Found.texts(ZH.find("預計生意額達五至六億元")));
        assertEquals(List.of(), Found.texts(ZH.find("人流增加三到四成")));
    }

    @Test
    void aQualifiedNumberEndingInItsMagnitudeIsACount() {
        // "观看人数达1600多万" (qianxunwang.com.cn), "超過1萬" (ntdtv.com.tw)
        FoundFigure viewers = ZH.find("观看人数达1600多万，总引导成交额6800万元").get(0);
        assertEquals("1600多万", viewers.text());
        assertEquals(Qualifier.MORE_THAN, viewers.figure().qualifier());
        assertEquals("超过1万", ZH.find("差不多,超过1万,1万场次的一对一面谈").get(0).text());
    }

    @Test
    void moreThanSaidTwiceAndEditions() {
        // "吸引超過28萬名以上的外籍人士" (cna.com.tw), "超過30屆" (mingpao.com)
        FoundFigure visitors = Found.only(ZH, "吸引超過28萬名以上的外籍人士");
        assertEquals("超過28萬名以上", visitors.text());
        assertEquals(Qualifier.MORE_THAN, visitors.figure().qualifier());
        assertEquals("超過30屆", Found.only(ZH, "展覽已舉辦超過30屆").text());
        assertEquals(List.of(), Found.texts(ZH.find("第30届广交会")), "an edition number is no count");
    }

    @Test
    void hongKongsRiseAndTaiwansMinus() {
        // "升72.0%" (hk01.com, Hong Kong exports), "提升了16.9个百分点" (cnr.cn), "負百分之二點三", "比上一年衰退百分之二點三"
        // (havuymin.pixnet.net)
        FoundFigure rise = Found.only(ZH, "對大馬出口（升72.0%）");
        assertEquals("升72.0%", rise.text());
        assertTrue(rise.isChange());
        assertEquals("较去年提升了16.9个百分点", Found.only(ZH, "占比较去年提升了16.9个百分点").text());
        List<FoundFigure> taiwan = ZH.find("經濟成長率為負百分之二點三，比上一年衰退百分之二點三");
        assertEquals(List.of("負百分之二點三", "比上一年衰退百分之二點三"), Found.texts(taiwan));
        assertEquals(Found.closed("-2.35", "-2.25"), taiwan.get(0).bounds());
    }

    @Test
    void digitsOneByOneBeforeAMagnitudeAndZeroPointFive() {
        // "三○八二億美元", "百分之零點五" (havuymin.pixnet.net)
        assertEquals(Found.closed("308150000000", "308250000000"), Found.only(ZH, "出口三○八二億美元").bounds());
        assertEquals(Found.closed("0.45", "0.55"), Found.only(ZH, "成長百分之零點五").bounds());
        assertEquals(List.of(), Found.texts(ZH.find("三四万人参加")), "three or four ten-thousands");
    }

    @Test
    void aGroupNamedByItsNumberAndAMonthAreNoCounts() {
        // "欧盟27国实际投入外资" (jingji.cntv.cn), "歐盟28國" (zslijia.com), "約10月份" (hk01.com)
        assertEquals(List.of(), Found.texts(ZH.find("欧盟27国实际投入外资")));
        assertEquals(List.of(), Found.texts(ZH.find("歐盟28國")));
        assertEquals("27国", Found.only(ZH, "来自27国的企业").text());
        assertEquals(List.of(), Found.texts(ZH.find("約10月份推出")));
    }

    @Test
    void onlineAndGatheredEndNouns() {
        // "1000多萬線上觀眾" (m.mkcnfr.com), "近600人齐聚一堂" (m.johnnytowncar.com)
        assertEquals("線上觀眾", Found.only(ZH, "共吸引1000多萬線上觀眾").noun().orElseThrow());
        assertEquals("人", Found.only(ZH, "近600人齐聚一堂").noun().orElseThrow());
    }

    @Test
    void theLevelBeforeACompressionIsFound() {
        // "由上屆46項壓縮至25項" (ischool.net.cn, Northeast Asia Expo)
        assertEquals(List.of("46項", "25項"), Found.texts(ZH.find("会议论坛活动由上屆46項壓縮至25項。")));
    }

    @Test
    void aCountsNounStopsAtTheVerbAfterIt() {
        // "吸引了228个国家和地区的53.6万名境外采购商注册观展" (dzb.xfrb.com.cn/Html/2022-05-10/46058): the noun is 国家和地区,
        // without its classifier, and 境外采购商, without 注册观展
        List<FoundFigure> found = ZH.find("第131届广交会吸引了228个国家和地区的53.6万名境外采购商注册观展,较第130届广交会增长41.8%。");
        assertEquals(List.of("国家和地区", "境外采购商"), found.subList(0, 2).stream().map(f -> f.noun().orElseThrow()).toList());
        // "本屆廣交會共有140家工商機構組團參會" (m.mayaxue.com/News/Content/202505/17_58464): 組團 is what they did
        assertEquals("工商機構", Found.only(ZH, "本屆廣交會共有140家工商機構組團參會").noun().orElseThrow());
    }

    @Test
    void aFallOrRiseNamedAfterThePercentageAndHigherByAreChanges() {
        // "继二零二零年八月份录得2.3%的按年跌幅后" (hkciea.org.hk/archives/34047): a fall of 2.3%
        FoundFigure fall = ZH.find("继二零二零年八月份录得2.3%的按年跌幅后，九月份商品整体出口货值为3,793亿元。").get(0);
        assertEquals("2.3%的按年跌幅", fall.text());
        assertEquals(Found.closed("-2.35", "-2.25"), fall.bounds());
        // "较去年同月高了百分之十六点八" (caisexing.com/news/2004/2004-12-29/26/522068): higher by 16.8%
        List<FoundFigure> higher = FigureFormat.chinese().withDefaultCurrency(java.util.Currency.getInstance("HKD"))
                .find("十一月份的商品整体出口货值为一千七百九十七亿港元，较去年同月高了百分之十六点八。");
        assertEquals("较去年同月高了百分之十六点八", higher.get(0).change().orElseThrow().text());
        assertEquals(Found.closed("16.75", "16.85"), higher.get(1).bounds());
    }

    @Test
    void nounsOfSixthPassReports() {
        // "疆内14个地州市的864家企业线下参展" (overseas.fjsen.com/wap/2022-09/23/content_31139194): 线下 ends the noun here,
        // though "線上觀眾" begins with it
        assertEquals("企业", Found.only(ZH, "疆内的864家企业线下参展。").noun().orElseThrow());
        assertEquals("線上觀眾", Found.only(ZH, "共吸引1000多萬線上觀眾").noun().orElseThrow());
        // "邀请全国近120家大型农产品专业采购商" (the same page): a long noun ending in 采购商
        assertEquals("大型农产品专业采购商", Found.only(ZH, "邀请全国近120家大型农产品专业采购商参会。").noun().orElseThrow());
        // "对其他9个金砖国家进出口1.49兆元" (cn.wa01.com, lu-hai-guan-zong-shu…): 进出口 is what they did
        assertEquals("金砖国家", ZH.find("同期，对其他9个金砖国家进出口增长11.3%。").get(0).noun().orElseThrow());
        // "产品覆盖全国180个大中城市…151家大型超市…共达成40项合作意向" (district.ce.cn/newarea/roll/201211/29/t20121129_23892498)
        assertEquals(List.of("大中城市", "大型超市", "合作意向"), ZH.find("产品覆盖全国180个大中城市，来自151家大型超市的代表，共达成40项合作意向。")
                .stream().map(f -> f.noun().orElseThrow()).toList());
        // "展品涵盖39大类、333小类、万余种商品" (zhanlanku.com/news/show-25390)
        assertEquals(List.of("39大类", "333小类", "万余种商品"), Found.texts(ZH.find("展品涵盖39大类、333小类、万余种商品。")));
        // "对中亚5国进出口同比增长65.3%" (news.cnnb.com.cn/system/2023/07/20/030507041): a group named by its number
        assertEquals(List.of("同比增长65.3%"), Found.texts(ZH.find("同期，对中亚5国进出口同比增长65.3%。")));
        // "投资额连续三届实现增长，签约项目数…连续三届位居福建首位" (103.52.134.50/scripts/news.php?cnZ=U82): a streak, no count
        assertEquals(List.of(), Found.texts(ZH.find("投资额连续三届实现增长，签约项目数连续三届位居福建首位。")));
    }

    @Test
    void pointsOfARespectiveListAfterAChangeAreChanges() {
        // "进出口、出口、进口增速分别较全国高4.5個百分點、5.7個百分點、2.9個百分點" (m.xomn.cn/html/caijing/2022/0105/283814)
        List<FoundFigure> higher = ZH.find("增速方面，进出口、出口、进口增速分别较全国高4.5个百分点、5.7个百分点、2.9个百分点。");
        assertEquals(List.of(true, true, true), higher.stream().map(FoundFigure::isChange).toList());
        assertEquals(Found.closed("-0.55", "-0.45"), ZH.find("比重分别下降1.2个百分点和0.5个百分点。").get(1).bounds());
    }

    @Test
    void kilowattsFallsMilestonesAndRangesOfChanges() {
        // "1315万千瓦" (chinaccm.cn/30/20140418/3005_1843897.shtml): power, no count of 13,151,000 瓦
        assertEquals(List.of(), Found.texts(ZH.find("全国并网风电装机容量1315万千瓦。")));
        // "增速放慢1.7个百分点" (fareastcontainers.com/news/13112015.html), "20.7%的大幅下滑" (gamebaike.com/new/
        // 724128848723057664): falls
        assertEquals(Found.closed("-1.75", "-1.65"), Found.only(ZH, "增速放慢1.7个百分点。").bounds());
        FoundFigure slump = Found.only(ZH, "出口出现20.7%的大幅下滑。");
        assertTrue(slump.isChange());
        assertEquals(Found.closed("-20.75", "-20.65"), slump.bounds());
        // "破六千億美元" (ec.ltn.com.tw/article/paper/1735299): breaking through is more than
        assertEquals(Qualifier.MORE_THAN, Found.only(ZH, "貿易額破六千億美元。").amount().orElseThrow().figure().qualifier());
        // "年增四十％至四十五％" (the same page): a range of changes, neither end alone
        assertEquals(List.of(), Found.texts(ZH.find("預估年增四十％至四十五％。")));
        // "按年上升7.6%至76.0亿元" (gov.mo/zh-hans/news/224088): after a change, 至 and an amount is the level reached
        List<FoundFigure> macau = ZH.find("出口按年上升7.6%至76.0亿元。");
        assertEquals(List.of("按年上升7.6%", "76.0亿元"), Found.texts(macau));
        assertEquals("按年上升7.6%", macau.get(1).change().orElseThrow().text());
    }

    @Test
    void namesClassesOfProjectsPartsAndBases() {
        // "【大紀元2月10日報導】" (tvsmo.com/b5/4/2/10/n464215.htm/amp): the 元 of a newspaper's name, then a date; no amount
        assertEquals(List.of(), Found.texts(ZH.find("【大紀元2月10日報導】")));
        // "10亿元以上重大项目116个" (heyuan.gqsoso.com/heyuan/20230818/1307242.html): a class of projects by size; the
        // count is the figure. "总投资10亿元以上" stays an amount
        assertEquals(List.of("116个"), Found.texts(ZH.find("投资项目中,10亿元以上重大项目116个。")));
        assertEquals(List.of("10亿元以上"), Found.texts(ZH.find("该项目总投资10亿元以上。")));
        // "外国展位数905个(含东盟575个),比上届增长13.4%" (paper.ce.cn/jjrb/html/2021-09/14/content_449811.htm): the
        // change is the whole's, not the bracketed part's
        List<FoundFigure> booths = ZH.find("其中外国展位数905个(含东盟575个),比上届增长13.4%。");
        assertEquals("比上届增长13.4%", booths.get(0).change().orElseThrow().text());
        assertTrue(booths.get(1).change().isEmpty());
        // "共233.8億元,較去年同期的246.5億元下跌5.2%" (cdn.gcs.gov.mo/news/detail/zh-hant/N24CabKmSY): the base compared
        // with takes no change; the total does
        List<FoundFigure> macau = ZH.find("對外商品貿易總額共233.8億元,較去年同期的246.5億元下跌5.2%。");
        assertEquals("下跌5.2%", macau.get(0).change().orElseThrow().text());
        assertTrue(macau.get(1).change().isEmpty());
    }

    @Test
    void aComparisonRightAfterTheClassifierIsNoNoun() {
        // "完成112万人同比下降21%" (info.jctrans.net/zxzx/xwkb/wzkb/200562094718.shtml): 同比 begins the change, the count
        // counts 人
        List<FoundFigure> passengers = ZH.find("内河主要港口完成112万人同比下降21%。");
        assertEquals(List.of("112万人", "同比下降21%"), Found.texts(passengers));
        assertEquals("同比下降21%", passengers.get(0).change().orElseThrow().text());
        // "10萬多客商匯聚在吉林長春" (ischool.net.cn/xwzx/PoliticsNews/201709/t20170906_11839770.htm): 匯聚 in traditional
        // characters ends the noun as 汇聚 does
        assertEquals("客商", Found.only(ZH, "10萬多客商匯聚在吉林長春。").noun().orElseThrow());
    }

    @Test
    void asManyChangesAsLevelsPairInOrder() {
        // "114年出口6407.5億美元、進口4836.1億美元，雙雙刷新歷年最高紀錄，年增率達34.9%及22.6%" (udn.com/news/story/7238/
        // 9255654): two levels, then two changes: the first is the exports', the second the imports', though no 分别 says so
        List<FoundFigure> found = ZH.find("114年出口6407.5億美元、進口4836.1億美元，雙雙刷新歷年最高紀錄，年增率達34.9%及22.6%，出超1571.4億美元。");
        assertEquals("年增率達34.9%", found.get(0).change().orElseThrow().text());
        assertEquals("22.6%", found.get(1).change().orElseThrow().text());
        assertTrue(found.get(3).isChange());
        assertTrue(found.get(4).change().isEmpty());
        // a percentage that goes on after the list is no change of it
        assertEquals(List.of(false), EN.find("Exports rose 5% and 7% of them went to China.").stream()
                .skip(1).map(FoundFigure::isChange).toList());
    }

    @Test
    void differencesOfCountsSizeClassesSharesAndLevelsReached() {
        // "全省进出口规模超10亿元企业有510家,超百亿元企业达21家,分别较2012年增加305家和16家" (z.hangzhou.com.cn/2022/
        // qqszmyblh/content/content_8369705.htm): firms by size are classes, no amounts; what was added is a difference
        assertEquals(List.of("510家", "21家"), Found.texts(ZH.find("全省进出口规模超10亿元企业有510家,超百亿元企业达21家,"
                + "分别较2012年增加305家和16家。")));
        // "上亿元项目20个" (cqwulong.cn/Content/2019-03/14/content_511872.htm)
        assertEquals(List.of("20个"), Found.texts(ZH.find("其中,上亿元项目20个。")));
        assertEquals(List.of("超10亿元", "同比增长5%"), Found.texts(ZH.find("签约金额超10亿元，同比增长5%。")));
        // "降幅達到48%" (paper.wenweipo.com/2007/03/16/FI0703160021.htm): a fall
        assertEquals(Found.closed("-48.5", "-47.5"), Found.only(ZH, "外貿順差的比重降幅達到48%。").bounds());
        // "自俄累计购电66.2亿度" (tsrus.cn/kuaixun/2013/04/18/23219.html), "3000多公里的共同边界" (web.seofeiyu.cn/article/
        // 30090.html): kilowatt-hours said as 度 and kilometres are no counts
        assertEquals(List.of(), Found.texts(ZH.find("自俄累计购电66.2亿度。")));
        assertEquals(List.of(), Found.texts(ZH.find("3000多公里的共同边界。")));
        // "出口同比增长48.8%,达到2133.8亿元人民币,进口同比增长39.8%" (cnnewsagency.com/news/ZGMt136XrGaCr5eFVoYD): the
        // level reached after 达到 is the change's before it, not the next one's
        List<FoundFigure> xinjiang = ZH.find("新疆的出口同比增长48.8%,达到2133.8亿元人民币,进口同比增长39.8%,达到394.6亿元。");
        assertEquals("同比增长48.8%", xinjiang.get(1).change().orElseThrow().text());
        assertEquals("同比增长39.8%", xinjiang.get(3).change().orElseThrow().text());
        // "占江苏省进出口总值的56.7%,占比较去年同期提升0.5个百分点" (m.jinbaonet.com/news/news/2022/0614/200071988.html): the
        // share's change in points
        List<FoundFigure> share = ZH.find("一般贸易进出口占江苏省进出口总值的56.7%,占比较去年同期提升0.5个百分点。");
        assertEquals(share.get(1).text(), share.get(0).change().orElseThrow().text());
    }

    @Test
    void durationsWithAQualifierAndClassesOfInvestmentProjects() {
        // "貨物通關時間由開通初期40多個小時壓減至5個小時以內" (8900t.com/article-30812-202602.html): durations, and no bare
        // "more than 40" left of them
        assertEquals(List.of(), Found.texts(ZH.find("貨物通關時間由開通初期40多個小時壓減至5個小時以內。")));
        // "其中超亿元投资项目21个,超10亿元投资项目2个" (yfyunchengqu.gov.cn/yfycgxj/gkmlpt/content/1/1798/post_1798893.html)
        assertEquals(List.of("21个", "2个"), Found.texts(ZH.find("其中超亿元投资项目21个,超10亿元投资项目2个。")));
        // a rate then 的增长 is a rise, and a fall that narrows to a rate is still a fall (phrasings of the lexicon, not
        // quoted from a page)
        assertTrue(Found.only(ZH, "全年实现15.9%的增长。").isChange());
        assertEquals(Found.closed("-3.15", "-3.05"), Found.only(ZH, "出口降幅收窄至3.1%。").bounds());
    }

    @Test
    void partnersAndBasesTakeNoChange() {
        // "对RCEP其他14个国家增长8.8%" (m.jinbaonet.com/news/news/2022/0614/200071988.html): the trade grew, not the countries
        assertTrue(ZH.find("同期,江苏省对RCEP其他14个国家增长8.8%。").get(0).change().isEmpty());
        // "出口887.9億元,僅次于今年1月份的895.9億元,同比增長10.2%" (925eat.com/news_html/201712/20171214/news_20171214_
        // 2789674.shtml), "251.7億美元,…,同比2011年的228.2億美元增長10.3%" (news.wenweipo.com/2013/01/21/NN1301210015.htm):
        // the base compared with takes no change; the level before it does
        List<FoundFigure> exports = ZH.find("其中,出口887.9億元,僅次于今年1月份的895.9億元,同比增長10.2%。");
        assertEquals("同比增長10.2%", exports.get(0).change().orElseThrow().text());
        assertTrue(exports.get(1).change().isEmpty());
        List<FoundFigure> xinjiang = ZH.find("外貿額251.7億美元,這是新疆對外貿易額在2012年創造的新紀錄,同比2011年的228.2億美元增長10.3%。");
        assertEquals("增長10.3%", xinjiang.get(0).change().orElseThrow().text());
        assertTrue(xinjiang.get(1).change().isEmpty());
    }

    private static final FigureFormat EN = FigureFormat.english();
}
