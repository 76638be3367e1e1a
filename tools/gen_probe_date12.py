"""Generate corpora/tuned/probe_date12.jsonl: requested day said in ways the grammar missed (h13date12)."""
import json, random
from zoneinfo import ZoneInfo
from datetime import date, datetime, timedelta
random.seed(1312)
ZONES=[("America/New_York","-05:00"),("America/Chicago","-06:00"),("America/Denver","-07:00"),("America/Los_Angeles","-08:00")]
WD=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]
ES=["lunes","martes","miércoles","jueves","viernes","sábado","domingo"]
FR=["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"]
PT=["segunda","terça","quarta","quinta","sexta","sábado","domingo"]
IT=["lunedì","martedì","mercoledì","giovedì","venerdì","sabato","domenica"]
DE=["Montag","Dienstag","Mittwoch","Donnerstag","Freitag","Samstag","Sonntag"]
TL=["Lunes","Martes","Miyerkules","Huwebes","Biyernes","Sabado","Linggo"]
ZH=["周一","周二","周三","周四","周五","周六","周日"]
KO=["월요일","화요일","수요일","목요일","금요일","토요일","일요일"]
JA=["月曜日","火曜日","水曜日","木曜日","金曜日","土曜日","日曜日"]
PL=["poniedziałek","wtorek","środę","czwartek","piątek","sobotę","niedzielę"]
VI=["thứ hai","thứ ba","thứ tư","thứ năm","thứ sáu","thứ bảy","chủ nhật"]
MES=["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"]
MFR=["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
recs=[]; n=0
def nxt(today,wd): return today+timedelta(days=(wd-today.weekday()-1)%7+1)
def dom(today,d):
    y,m=today.year,today.month
    while True:
        try:
            c=date(y,m,d)
            if c>=today: return c
        except ValueError: pass
        y,m=(y+1,1) if m==12 else (y,m+1)
def add(fam,text,today,gdate,gtime=None,gpod=None,win_day=None,win_h=9,intent="reschedule"):
    global n; n+=1
    tz,_=random.choice(ZONES)
    # the visit is tomorrow, or the day after when tomorrow is the day asked for or a weekend day: a
    # weekday said the day before that weekday's visit means the week after (the project's convention)
    if win_day is None:
        win_day=today+timedelta(days=1)
        while win_day==gdate or win_day.weekday()>4: win_day+=timedelta(days=1)
    def iso(d,h,mi=0): return datetime(d.year,d.month,d.day,h,mi,tzinfo=ZoneInfo(tz)).isoformat()
    rec={"id":f"h13date12-{fam}-{n:03d}","text":text,"received_at":iso(today,random.choice([8,9,10,11,13,15]),random.choice([0,15,40])),
      "timezone":tz,"window_start":iso(win_day,win_h),"window_end":iso(win_day,win_h+2),
      "job_status":"scheduled","last_outbound":None,
      "gold":{"intent":intent,"intents":[intent],"arrival_at":None,"requested_date":gdate and gdate.isoformat(),"requested_time":gtime,
              "requested_part_of_day":gpod,"urgent":False,"sentiment":"neutral","access_key":None}}
    recs.append(rec)
def today_not(*wds):
    while True:
        t=date(2027,1,4)+timedelta(days=random.randrange(0,330))
        if t.weekday() not in wds and t.month!=12 and t.weekday()<5: return t
# conditional / fallback
cond=["if he can't make it before 2 then {a} works","{a}, or {b} if not","{a} would be best, {b} if that's full","if today doesn't work then {a} is fine",
 "if you can't get here by noon, {a} works for us","can't do tomorrow so {a} then","{a} works, failing that {b}","{a} is better for me, otherwise {b}",
 "if the part isn't in, just do {a}","we'd rather {a} if that's possible","{a} if you have room, if not {b}","should the tech be busy, {a} is ok too",
 "hmm if not today then {a} i guess","{a} ideally, or {b} at a push"]
for t in cond:
    a,b=random.sample(range(7),2); today=today_not(a,b)
    add("cond",t.format(a=WD[a].capitalize() if random.random()<.4 else WD[a],b=WD[b]),today,nxt(today,a))
# negated then alternative
neg=[("not {a}, {b} is better","en"),("{a} no good, {b}?","en"),("not {a} sorry, can you do {b}","en"),("{a} won't work but {b} does","en"),
 ("no {a} please, {b} instead","en"),("{a}'s out for us, {b} ok?","en"),("el {a} no, mejor el {b}","es"),("el {a} no puedo, el {b} sí","es"),
 ("{a} imposible, ¿el {b}?","es"),("pas {a}, plutôt {b}","fr"),("{a} ça va pas, {b} plutôt","fr"),("pas {a} mais {b} c'est bon","fr"),
 ("anything but {a}, say {b}","en"),("{a} is bad. {b}?","en")]
for t,l in neg:
    a,b=random.sample(range(7),2); today=today_not(a,b); names={"en":WD,"es":ES,"fr":FR}[l]
    add("neg",t.format(a=names[a],b=names[b]),today,nxt(today,b))
# any day but / no single day
for t in ["any day but monday works","any day except friday","any weekday but wednesday is fine","next week sometime please","sometime next week?","can we push to later in the week, no rush",
          "any day next week except tuesday"]:
    today=today_not(); add("noday",t,today,None)
# multilingual days of month and months
for _ in range(4):
    today=today_not(); d=random.randint(3,28); m=random.randint(1,12)
    gd=date(today.year,m,d); gd=gd if gd>=today else date(today.year+1,m,d)
    add("ml",random.choice(["¿se puede el {d} de {m}?","mejor el {d} de {m} por favor","podemos cambiar al {d} de {m}"]).format(d=d,m=MES[m-1]),today,gd)
for _ in range(3):
    today=today_not(); d=random.randint(3,28); m=random.randint(1,12)
    gd=date(today.year,m,d); gd=gd if gd>=today else date(today.year+1,m,d)
    add("ml",random.choice(["on peut faire le {d} {m} ?","plutôt le {d} {m} svp"]).format(d=d,m=MFR[m-1]),today,gd)
forms=[("pode ser dia {d}?",None),("melhor no dia {d}",None),("¿puede ser el día {d}?",None),("mejor el {d}",None),("on peut dire le {d} ?",None),("plutôt le {d} alors",None),
 ("va bene il {d}?",None),("meglio il giorno {d}",None),("geht es am {d}.?",None),("lieber am {d}.",None),("ngày {d} được không",None),("để ngày {d} nhé",None),
 ("pwede ba sa ika-{d}?",None),("sa {d} na lang po",None),("改到{d}号可以吗",None),("{d}号行吗",None),("{d}日はどうですか",None),("{d}日に変更できますか",None),
 ("{d}일에 가능할까요",None),("{d}일로 바꿔주세요",None),("{d} tarikh ko aa sakte ho?",None),("{d} tarikh theek hai",None),("może {d}-go?",None),("pasuje {d}-go",None),
 ("mumkin yom {d}?",None),("يوم {d} مناسب؟",None)]
for t,_ in forms:
    today=today_not(); d=random.randint(2,28)
    add("dom",t.format(d=d),today,dom(today,d))
for t in ["3월 {d}일 괜찮아요?","{m}月{d}日可以吗","{m}月{d}日はいかがですか"]:
    today=today_not(); d=random.randint(2,28); m=random.randint(1,12)
    gd=date(today.year,m,d); gd=gd if gd>=today else date(today.year+1,m,d)
    if t.startswith("3월"): gd=date(today.year,3,d) if date(today.year,3,d)>=today else date(today.year+1,3,d)
    add("md",t.format(d=d,m=m),today,gd)
# weekdays in other languages
wl=[("pode ser na {w}?",PT,"-feira"),("melhor {w}",PT,"-feira"),("va bene {w}?",IT,""),("meglio {w} mattina",IT,""),("geht {w}?",DE,""),("lieber am {w}",DE,""),
 ("pwede ba sa {w}?",TL,""),("sa {w} na lang po",TL,""),("{w}可以吗",ZH,""),("改到{w}吧",ZH,""),("{w}은 어때요",KO,""),("{w}에 와주세요",KO,""),
 ("{w}はどうですか",JA,""),("{w}でお願いします",JA,""),("może w {w}?",PL,""),("{w} được không",VI,""),("để {w} nhé",VI,"")]
for t,names,suf in wl:
    a=random.randrange(7); today=today_not(a)
    w=names[a]+(suf if a<5 else "")
    pod="morning" if "mattina" in t else None
    add("wl",t.format(w=w),today,nxt(today,a),None,pod)
# weekend / end of month / first thing / day after appt / same time next week
for t in ["can we do the weekend instead","this weekend works better","how about the weekend","could you come at the weekend"]:
    today=today_not(); sat=nxt(today,5) if today.weekday()<5 else today
    add("wknd",t,today,sat)
for t in ["end of the month is better","can we push to the end of the month","sometime end of the month?"]:
    today=today_not(); last=(today.replace(day=28)+timedelta(days=4)).replace(day=1)-timedelta(days=1)
    add("eom",t,today,last if last>today else None)
for a in range(7):
    today=today_not(a)
    t=random.choice(["first thing {w}?","first thing {w} please","can you come first thing {w}","{w} first thing works","first thing on {w} would be great","{w}, first thing in the morning?","earliest you can on {w}"])
    add("first",t.format(w=WD[a]),today,nxt(today,a),None,"morning" if "earliest" not in t else None)
for t in ["the day after the appointment instead?","can we do the day after the appointment","can you make it the day after","day after the scheduled one works better",
          "push it a day","one day later please","can we move it back a day","a day later would be better"]:
    today=today_not(); win=today+timedelta(days=random.randint(1,4))
    add("dayafter",t,today,win+timedelta(days=1),win_day=win)
for t in ["same time next week?","same time next week works","can we do same time the week after","same day and time next week","next week same time please","same time but next week"]:
    today=today_not(); win=today+timedelta(days=random.randint(1,3)); h=random.choice([8,9,10,13,14])
    add("sametime",t,today,win+timedelta(days=7),f"{h:02d}:00",None,win_day=win,win_h=h)
# near-misses: habits and days that are not asked for
for t in ["we are away monday through wednesday, thursday?","i work mondays, tuesday ok","thanks, see you thursday","monday was great, thanks"]:
    a=3 if "thursday" in t else 1; today=today_not(a)
    if t.startswith("thanks"): add("near",t,today,None,intent="thanks")
    elif t.startswith("monday was"): add("near",t,today,None,intent="thanks")
    else: add("near",t,today,nxt(today,a))
with open("corpora/tuned/probe_date12.jsonl","w") as f:
    for r in recs: f.write(json.dumps(r,ensure_ascii=False)+"\n")
print(len(recs))
