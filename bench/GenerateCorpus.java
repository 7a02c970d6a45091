import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes N generated bilingual articles as JSON Lines, for benchmarks.
 *
 * <pre>java bench/GenerateCorpus.java N OUT.jsonl [SEED] [--rich IMAGES]</pre>
 *
 * Each line is one JSON object of about 20 KB of UTF-8 with the keys the JSON Lines
 * importer reads (title, title_en, summary_en, summary_zh, source, source_en, source_url,
 * source_title, source_date, date, tags, faq, body). The body is Markdown in which every
 * Chinese block is followed by its English counterpart: two consecutive headings, a
 * Chinese then an English paragraph, a Chinese then an English list item.
 *
 * The text is assembled from small phrase tables written for this program, Chinese and
 * English side by side, so the English block says what the Chinese one says. Article i
 * depends only on the seed and i: the first 1,000 articles of a 10,000 corpus are the
 * 1,000 corpus. Titles are unique up to 69,120 articles. No dependencies: the JSON is
 * written by hand.
 *
 * With {@code --rich IMAGES} each article also has two links in each language (its source's report and a data
 * page), one figure (a local 1600 × 900 PNG, {@code images/img-K.png} beside OUT, K = i mod IMAGES, with a caption in
 * each language) and one table (three rows of figures, in Chinese, then in English). Those additions draw on a
 * random generator of their own, so the rest of each article is the plain corpus's.
 */
public final class GenerateCorpus {

    static final int TARGET_BYTES = 20 * 1024;

    /** {Chinese, English} pairs. */
    static final String[][] PLACES = {
        {"杭州", "Hangzhou"}, {"成都", "Chengdu"}, {"苏州", "Suzhou"}, {"厦门", "Xiamen"},
        {"昆明", "Kunming"}, {"青岛", "Qingdao"}, {"长沙", "Changsha"}, {"西安", "Xi'an"},
        {"南京", "Nanjing"}, {"武汉", "Wuhan"}, {"大连", "Dalian"}, {"宁波", "Ningbo"},
        {"合肥", "Hefei"}, {"贵阳", "Guiyang"}, {"兰州", "Lanzhou"}, {"南宁", "Nanning"},
        {"福州", "Fuzhou"}, {"济南", "Jinan"}, {"太原", "Taiyuan"}, {"海口", "Haikou"},
        {"拉萨", "Lhasa"}, {"银川", "Yinchuan"}, {"西宁", "Xining"}, {"沈阳", "Shenyang"},
        {"长春", "Changchun"}, {"南昌", "Nanchang"}, {"石家庄", "Shijiazhuang"}, {"呼和浩特", "Hohhot"},
        {"乌鲁木齐", "Urumqi"}, {"珠海", "Zhuhai"},
    };
    static final String[][] SUBJECTS = {
        {"市立图书馆", "the city library"}, {"社区诊所", "the community clinic"},
        {"老城区菜市场", "the old-town food market"}, {"公交集团", "the bus company"},
        {"一家小型茶园", "a small tea garden"}, {"区教育局", "the district education bureau"},
        {"自行车共享平台", "the bike-sharing platform"}, {"本地博物馆", "the local museum"},
        {"一所职业学校", "a vocational school"}, {"街道办事处", "the neighbourhood office"},
        {"一家面包连锁店", "a bakery chain"}, {"水务公司", "the water company"},
        {"夜市管理处", "the night-market office"}, {"一家软件初创公司", "a software start-up"},
        {"城市公园管理处", "the city parks office"}, {"一家快递站点", "a parcel depot"},
        {"体育中心", "the sports centre"}, {"旧书店联盟", "the second-hand bookshop alliance"},
        {"养老服务中心", "the elderly care centre"}, {"一家乡村民宿", "a village guesthouse"},
        {"地铁运营公司", "the metro operator"}, {"一家花卉合作社", "a flower co-operative"},
        {"港口管理局", "the port authority"}, {"青年创业园", "the youth enterprise park"},
    };
    static final String[][] ACTIONS = {
        {"延长夜间开放时间", "extend its evening opening hours"},
        {"推出线上预约服务", "launch an online booking service"},
        {"改用可降解包装", "switch to compostable packaging"},
        {"增加无障碍设施", "add step-free access"},
        {"开设双语导览", "offer bilingual guided tours"},
        {"试行四天工作制", "trial a four-day working week"},
        {"公开每月的用水数据", "publish its monthly water figures"},
        {"引入电动班车", "bring in electric shuttle buses"},
        {"减少纸质表格", "cut down on paper forms"},
        {"与高校合作培训员工", "train its staff together with a university"},
        {"建设屋顶太阳能板", "install solar panels on its roofs"},
        {"提供免费午间讲座", "hold free lunchtime talks"},
        {"调整收费标准", "revise its fees"},
        {"招募社区志愿者", "recruit volunteers from the neighbourhood"},
        {"设立儿童阅读角", "set up a children's reading corner"},
        {"更换老旧管道", "replace its ageing pipes"},
        {"开放周末集市", "open a weekend market"},
        {"发布年度服务报告", "release an annual service report"},
        {"改造停车场", "rebuild its car park"},
        {"上线多语种网站", "put a multilingual website online"},
        {"增设夜间班次", "add late-night services"},
        {"推广旧物回收", "promote the recycling of used goods"},
        {"试点无现金支付", "pilot cashless payment"},
        {"邀请居民参与规划", "invite residents to help with planning"},
    };
    static final String[][] TITLE_TEMPLATES = {
        {"%1$s%2$s为什么要%3$s?%4$d年会有哪些变化?", "Why does %2$s in %1$s want to %3$s? What changes in %4$d?"},
        {"%1$s%2$s决定%3$s,对普通人有什么影响?", "%2$s in %1$s decides to %3$s: what does it mean for ordinary people?"},
        {"%4$d年%1$s%2$s如何%3$s?", "How will %2$s in %1$s %3$s in %4$d?"},
        {"%1$s%2$s%3$s值得期待吗?", "Is it worth waiting for %2$s in %1$s to %3$s?"},
    };
    static final String[][] FRAMES = {
        {"计划", "plans to"}, {"已经决定", "has decided to"}, {"正在准备", "is preparing to"},
        {"将在下个季度", "is due next quarter to"}, {"开始尝试", "has started to"},
        {"希望在年底前", "hopes before the end of the year to"}, {"准备分阶段", "is getting ready in stages to"},
        {"正式宣布将", "has formally announced that it will"},
    };
    static final String[][] REASONS = {
        {"以便减少排队时间", "in order to cut waiting times"},
        {"因为居民的需求明显增加", "because demand from residents has clearly grown"},
        {"希望吸引更多年轻人", "hoping to attract more young people"},
        {"目的是降低运营成本", "with the aim of lowering running costs"},
        {"以回应去年的意见调查", "in response to last year's survey of opinions"},
        {"为了让老年人更方便", "to make things easier for older people"},
        {"并把节省的经费用于培训", "and will spend the money saved on training"},
        {"以便与周边城市保持一致", "so as to stay in line with nearby cities"},
        {"因为原有设施已经使用了二十多年", "because the old facilities have been in use for over twenty years"},
        {"同时会听取更多意见", "while listening to further feedback"},
    };
    static final String[][] TIMES = {
        {"今年春天", "This spring"}, {"上个月", "Last month"}, {"本周一", "On Monday this week"},
        {"从下个月起", "From next month"}, {"在过去半年里", "Over the past six months"},
        {"今年年初", "Early this year"}, {"去年秋天", "Last autumn"}, {"近期", "Recently"},
    };
    static final String[][] METRICS = {
        {"访客数量", "Visitor numbers"}, {"平均等待时间", "The average waiting time"},
        {"用电量", "Electricity use"}, {"投诉数量", "The number of complaints"},
        {"会员人数", "Membership"}, {"每日客流", "Daily footfall"},
        {"维修费用", "Repair costs"}, {"线上预约比例", "The share of online bookings"},
        {"志愿者人数", "The number of volunteers"}, {"满意度评分", "The satisfaction score"},
    };
    static final String[][] CHANGES = {
        {"增加", "rose"}, {"下降", "fell"}, {"提高", "went up"}, {"减少", "went down"},
    };
    static final String[][] ROLES = {
        {"一位负责人", "A person in charge"}, {"一名老顾客", "A long-time customer"},
        {"附近的一位居民", "A resident who lives nearby"}, {"一位研究城市规划的学者", "A scholar of urban planning"},
        {"一名员工", "A member of staff"}, {"一位区人大代表", "A district people's congress deputy"},
        {"一家邻近商铺的店主", "The owner of a shop next door"}, {"一位退休教师", "A retired teacher"},
    };
    static final String[][] OPINIONS = {
        {"这项调整来得正是时候", "the change has come at just the right time"},
        {"细节还需要进一步说明", "the details still need to be explained further"},
        {"最重要的是保持价格稳定", "the most important thing is to keep prices stable"},
        {"希望能先听听老人的意见", "they hope older people will be heard first"},
        {"这样的做法在别的城市已经很常见", "this approach is already common in other cities"},
        {"短期内可能会有些不便", "there may be some inconvenience in the short term"},
        {"数据公开有助于建立信任", "publishing the data helps to build trust"},
        {"效果要等一年后才能判断", "the results can only be judged after a year"},
        {"他们愿意在周末来帮忙", "they are willing to come and help at weekends"},
        {"这对附近的小店也是好消息", "this is good news for the small shops nearby as well"},
    };
    static final String[][] HEADINGS = {
        {"背景", "Background"}, {"主要变化", "The main changes"}, {"各方反应", "Reactions"},
        {"数据一览", "The figures"}, {"下一步安排", "What happens next"}, {"费用与资金", "Costs and funding"},
        {"居民怎么看", "What residents think"}, {"时间表", "The timetable"}, {"仍有争议的地方", "Points still in dispute"},
        {"与其他城市的比较", "How other cities compare"}, {"对小商户的影响", "The effect on small businesses"},
        {"专家的建议", "Advice from experts"},
    };
    static final String[][] SOURCES = {
        {"晨光日报", "Morning Light Daily"}, {"江畔观察", "Riverside Observer"},
        {"城市周刊", "City Weekly"}, {"北岸新闻", "North Shore News"},
        {"青禾财经", "Green Sprout Finance"}, {"远山科技评论", "Far Hills Tech Review"},
        {"海风晚报", "Sea Breeze Evening Post"}, {"云杉社区报", "Spruce Community Paper"},
    };
    static final String[] TAGS = {
        "公共服务", "城市生活", "社区", "交通", "教育", "环保", "消费", "科技", "文化", "养老",
        "就业", "旅游",
    };

    /** Permutes article indexes over all title combinations, so titles never repeat. */
    static final long COMBINATIONS = (long) PLACES.length * SUBJECTS.length * ACTIONS.length * TITLE_TEMPLATES.length;
    static final long STRIDE = 48_271; // coprime to COMBINATIONS (69,120 = 2^9 * 3^3 * 5)

    /** Distinct images of a rich corpus, 0 for the plain one. */
    static int richImages;

    public static void main(String[] args) throws IOException {
        int rich = List.of(args).indexOf("--rich");
        if (rich >= 0) {
            if (rich + 1 >= args.length) throw new IllegalArgumentException("--rich needs a number of images");
            richImages = Integer.parseInt(args[rich + 1]);
            if (richImages < 1) throw new IllegalArgumentException("--rich needs at least one image");
            List<String> rest = new ArrayList<>(List.of(args));
            rest.subList(rich, rich + 2).clear();
            args = rest.toArray(new String[0]);
        }
        if (args.length == 2 && args[0].equals("--escape-test")) {
            escapeTest(Path.of(args[1]));
            return;
        }
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/GenerateCorpus.java N OUT.jsonl [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
        if (n < 0 || n > COMBINATIONS) {
            throw new IllegalArgumentException("N must be between 0 and " + COMBINATIONS + ": " + n);
        }
        if (richImages > 0) writeImages(out.toAbsolutePath().getParent().resolve("images"), Math.min(n, richImages));
        long bytes = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String line = new Article(seed, i).toJson();
                writer.write(line);
                writer.write('\n');
                bytes += utf8Length(line) + 1;
            }
        }
        System.err.printf("wrote %d articles, %.1f MB, %.1f KB per article, to %s (seed %d)%n",
                n, bytes / 1e6, n == 0 ? 0.0 : bytes / 1024.0 / n, out, seed);
    }

    /** One generated article; everything follows from (seed, index). */
    static final class Article {
        final Random random;
        final int index;
        final long seed;
        final String[] place;
        final String[] subject;
        final String[] action;
        final String[] titleTemplate;
        final String[] source;
        final int year;
        final StringBuilder body = new StringBuilder();
        int bodyBytes;
        final List<String[]> facts = new ArrayList<>(); // {zh, en} sentences for summary and FAQ
        String[] metricFact;
        String[] reasonFact;
        String[] timeFact;

        Article(long seed, int index) {
            this.seed = seed;
            this.index = index;
            this.random = new Random(seed * 0x9E3779B97F4A7C15L + index);
            long combo = Math.floorMod(index * STRIDE + Math.floorMod(seed, COMBINATIONS), COMBINATIONS);
            this.titleTemplate = TITLE_TEMPLATES[(int) (combo % TITLE_TEMPLATES.length)];
            combo /= TITLE_TEMPLATES.length;
            this.action = ACTIONS[(int) (combo % ACTIONS.length)];
            combo /= ACTIONS.length;
            this.subject = SUBJECTS[(int) (combo % SUBJECTS.length)];
            combo /= SUBJECTS.length;
            this.place = PLACES[(int) combo];
            this.source = pick(SOURCES);
            this.year = 2024 + random.nextInt(2);
        }

        String toJson() {
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            String sourceDate = String.format("%sT%02d:%02d:00+08:00", day, 6 + random.nextInt(15), random.nextInt(60));
            LocalDate published = day.plusDays(random.nextInt(3));

            String titleZh = String.format(titleTemplate[0], place[0], subject[0], action[0], year);
            String titleEn = capitalise(String.format(titleTemplate[1], place[1], subject[1], action[1], year));
            String sourceTitle = place[0] + subject[0] + pick(FRAMES)[0] + action[0];

            // everything but the body first, so the body can fill the line up to its size
            String[] lead = leadParagraph();
            String summaryZh = lead[0];
            String summaryEn = lead[1];
            List<String> tags = tags();
            String head = "{" + field("title", titleZh) + "," + field("title_en", titleEn)
                    + "," + field("summary_en", summaryEn) + "," + field("summary_zh", summaryZh)
                    + "," + field("source", source[0]) + "," + field("source_en", source[1])
                    + "," + field("source_url", "https://example.org/news/" + seed + "-" + (index + 1))
                    + "," + field("source_title", sourceTitle)
                    + "," + field("source_date", sourceDate)
                    + "," + field("date", published.toString())
                    + ",\"tags\":" + array(tags);

            int target = (int) (TARGET_BYTES * (0.95 + 0.10 * random.nextDouble()));
            addPair(richImages > 0 ? linked(lead[0], source[0], "reports") : lead[0],
                    richImages > 0 ? linked(lead[1], source[1], "reports") : lead[1]);
            if (richImages > 0) rich();
            int budget = target - utf8Length(head) - 1_400; // FAQ, JSON escapes and punctuation
            for (int section = 0; bodyBytes < budget; section++) {
                section(budget, section == 0);
            }
            String faq = faq();
            return head + ",\"faq\":" + faq + "," + field("body", body.toString().strip()) + "}";
        }

        String[] leadParagraph() {
            String[] time = pick(TIMES);
            String[] frame = pick(FRAMES);
            String[] reason = pick(REASONS);
            timeFact = time;
            reasonFact = reason;
            String zh = time[0] + "," + place[0] + subject[0] + frame[0] + action[0] + "," + reason[0] + "。"
                    + "这一消息由" + source[0] + "报道。";
            String en = time[1] + ", " + subject[1] + " in " + place[1] + " " + frame[1] + " " + action[1]
                    + ", " + reason[1] + ". The news was reported by " + source[1] + ".";
            return new String[] {zh, en};
        }

        /** A heading pair and what follows it; stops early once the body is big enough. */
        void section(int budget, boolean withList) {
            String[] heading = pick(HEADINGS);
            addPair("## " + heading[0], "## " + heading[1]);
            int paragraphs = 2 + random.nextInt(3);
            for (int p = 0; p < paragraphs && (p == 0 || bodyBytes < budget); p++) {
                String[] paragraph = paragraph();
                addPair(paragraph[0], paragraph[1]);
            }
            if (bodyBytes < budget && random.nextInt(3) == 0) {
                String[] sub = pick(HEADINGS);
                addPair("### " + place[0] + ":" + sub[0], "### " + place[1] + ": " + sub[1]);
                String[] paragraph = paragraph();
                addPair(paragraph[0], paragraph[1]);
            }
            if (withList || (bodyBytes < budget && random.nextInt(2) == 0)) {
                int items = 3 + random.nextInt(3);
                for (int k = 0; k < items; k++) {
                    String[] item = sentence();
                    addItem(item[0], item[1]);
                }
                body.append('\n');
                bodyBytes += 1;
            }
        }

        String[] paragraph() {
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                String[] sentence = sentence();
                zh.append(sentence[0]);
                if (s > 0) {
                    en.append(' ');
                }
                en.append(sentence[1]);
            }
            return new String[] {zh.toString(), en.toString()};
        }

        String[] sentence() {
            switch (random.nextInt(4)) {
                case 0: {
                    String[] metric = pick(METRICS);
                    String[] change = pick(CHANGES);
                    int percent = 2 + random.nextInt(38);
                    String[] fact = {
                        metric[0] + "比去年同期" + change[0] + "了" + percent + "%。",
                        metric[1] + " " + change[1] + " by " + percent + "% compared with the same period last year.",
                    };
                    if (metricFact == null) {
                        metricFact = fact;
                    }
                    return fact;
                }
                case 1: {
                    String[] role = pick(ROLES);
                    String[] opinion = pick(OPINIONS);
                    return new String[] {
                        role[0] + "表示,“" + opinion[0] + "”。",
                        role[1] + " said: \"" + capitalise(opinion[1]) + ".\"",
                    };
                }
                case 2: {
                    String[] other = pick(SUBJECTS);
                    String[] otherAction = pick(ACTIONS);
                    String[] frame = pick(FRAMES);
                    return new String[] {
                        "此外," + other[0] + "也" + frame[0] + otherAction[0] + "。",
                        "In addition, " + other[1] + " also " + frame[1] + " " + otherAction[1] + ".",
                    };
                }
                default: {
                    String[] time = pick(TIMES);
                    String[] reason = pick(REASONS);
                    return new String[] {
                        time[0] + "," + subject[0] + "在" + place[0] + "的做法是" + action[0] + "," + reason[0] + "。",
                        time[1] + ", the approach of " + subject[1] + " in " + place[1] + " was to "
                                + action[1] + ", " + reason[1] + ".",
                    };
                }
            }
        }

        String faq() {
            String[] metric = metricFact != null ? metricFact
                    : new String[] {"文章没有给出具体数字。", "The article gives no figures."};
            String[][] entries = {
                {place[0] + subject[0] + "为什么要" + action[0] + "?",
                        "据" + source[0] + "报道," + reasonFact[0] + "。",
                        "Why does " + subject[1] + " in " + place[1] + " want to " + action[1] + "?",
                        capitalise(reasonFact[1]) + ", according to " + source[1] + "."},
                {"这项变化是什么时候开始的?",
                        timeFact[0] + "开始。",
                        "When did this change begin?",
                        timeFact[1] + "."},
                {"有哪些数字可以参考?",
                        metric[0],
                        "Which figures are there?",
                        metric[1]},
            };
            StringBuilder json = new StringBuilder("[");
            for (int k = 0; k < entries.length; k++) {
                if (k > 0) {
                    json.append(',');
                }
                json.append('{').append(field("q", entries[k][0])).append(',').append(field("a", entries[k][1]))
                        .append(',').append(field("q_en", entries[k][2])).append(',')
                        .append(field("a_en", entries[k][3])).append('}');
            }
            return json.append(']').toString();
        }

        List<String> tags() {
            Set<String> tags = new LinkedHashSet<>();
            int count = 2 + random.nextInt(3);
            while (tags.size() < count) {
                tags.add(TAGS[random.nextInt(TAGS.length)]);
            }
            return List.copyOf(tags);
        }

        /** {@code text} with its first {@code words} a link to a page of this article's source. */
        String linked(String text, String words, String page) {
            return text.replaceFirst(java.util.regex.Pattern.quote(words),
                    "[" + words + "](https://example.org/" + page + "/" + seed + "-" + (index + 1) + ")");
        }

        /** The rich corpus's figure, table and second link, from a generator of their own. */
        void rich() {
            Random own = new Random(seed * 31 + index);
            String image = "images/img-" + (index % richImages) + ".png";
            addPair("![" + place[0] + "的" + subject[0] + "](" + image + " \"" + place[0] + subject[0] + "一景\")",
                    "![" + subject[1] + " in " + place[1] + "](" + image + " \"A view of " + subject[1] + " in " + place[1] + "\")");
            int[] figures = {100 + own.nextInt(900), 100 + own.nextInt(900), 100 + own.nextInt(900)};
            StringBuilder zh = new StringBuilder("| 年份 | 人次 |\n|---|---:|\n");
            StringBuilder en = new StringBuilder("| Year | Visits |\n|---|---:|\n");
            for (int k = 0; k < figures.length; k++) {
                zh.append("| ").append(year - 2 + k).append("年 | ").append(figures[k]).append(" |\n");
                en.append("| ").append(year - 2 + k).append(" | ").append(figures[k]).append(" |\n");
            }
            addPair(zh.toString().strip(), en.toString().strip());
            addPair("详见" + subject[0] + "的[数据页面](https://example.org/data/" + seed + "-" + (index + 1) + ")。",
                    "See the [data page](https://example.org/data/" + seed + "-" + (index + 1) + ") of " + subject[1] + ".");
        }

        /** A Chinese block, then its English counterpart, each its own Markdown block. */
        void addPair(String zh, String en) {
            String text = zh + "\n\n" + en + "\n\n";
            body.append(text);
            bodyBytes += utf8Length(text);
        }

        /** Consecutive list items: the Chinese one, then its English counterpart. */
        void addItem(String zh, String en) {
            String text = "- " + zh + "\n- " + en + "\n";
            body.append(text);
            bodyBytes += utf8Length(text);
        }

        String[] pick(String[][] table) {
            return table[random.nextInt(table.length)];
        }
    }

    /**
     * Writes {"text": S} where S holds every character below U+0080, U+2028, U+2029, Chinese
     * and an emoji, and prints S's code points, for a JSON parser to compare (bench/check_corpus.py).
     */
    static void escapeTest(Path out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            text.append(c);
        }
        text.append("\u2028\u2029中文“引号”\uD83D\uDE00");
        Files.writeString(out, "{" + field("text", text.toString()) + "}\n", StandardCharsets.UTF_8);
        StringBuilder codes = new StringBuilder();
        text.codePoints().forEach(cp -> codes.append(cp).append(' '));
        System.out.println(codes.toString().strip());
    }

    /** {@code count} distinct 1600 × 900 PNGs, {@code img-K.png}: a gradient with a band whose place depends on K. */
    static void writeImages(Path folder, int count) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(folder);
        for (int k = 0; k < count; k++) {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1600, 900, java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 900; y++) {
                for (int x = 0; x < 1600; x++) {
                    boolean band = Math.abs(x - (k * 37) % 1600) < 40;
                    image.setRGB(x, y, band ? 0xFFFFFF : (x * 255 / 1600) << 16 | (y * 255 / 900) << 8 | (k * 53) & 0xFF);
                }
            }
            javax.imageio.ImageIO.write(image, "png", folder.resolve("img-" + k + ".png").toFile());
        }
        System.err.printf("wrote %d images of 1600 x 900 to %s%n", count, folder);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String field(String name, String value) {
        return quote(name) + ":" + quote(value);
    }

    static String array(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int k = 0; k < values.size(); k++) {
            if (k > 0) {
                json.append(',');
            }
            json.append(quote(values.get(k)));
        }
        return json.append(']').toString();
    }

    /** A JSON string: quote, backslash and control characters escaped; the rest as is. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16).append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                // U+2028 and U+2029 are valid JSON but end lines in JavaScript: escape them too
                case '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static int utf8Length(String s) {
        int bytes = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                k++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
