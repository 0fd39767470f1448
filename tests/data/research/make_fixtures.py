# Writes the research fixtures: small synthetic files in the exact layouts of the public data sets.
# Task statements are invented (the project never commits the O*NET sentences).
import os
B={'E0':0,'E1':1,'E2':.5}
def num(x): return repr(float(x))
hdr=['','O*NET-SOC Code','Task ID','Task','Task Type','Title','human_exposure_agg','gpt4_exposure','gpt4_exposure_alt_rubric','gpt_3_relevant','gpt4_automation','alpha','beta','gamma','automation','human_labels']
tasks=[
 ('13-2011.00',9001,'Reconcile ledgers at month end.','Core','Accountants and Auditors','E2','E1','E1','True','T3'),
 ('13-2011.00',9002,'Meet clients to explain a tax position.','Supplemental','Accountants and Auditors','E0','E2','E0','False','T1'),
 ('15-1252.00',9101,'Write code for a new feature.','Core','Software Developers','E1','E1','E1','True','T3'),
 ('15-1252.00',9102,'Review a colleague\'s design, with care.','Core','Software Developers','E2','E0','E0','False','T2'),
 ('15-1252.00',9103,'Walk the server room.','Supplemental','Software Developers','E0','E0','E0','False','T1'),
 ('15-1252.00',9104,'Tag "legacy" modules, then archive them.','','Software Developers','E2','E2','E2','False','T4'),
 ('35-9021.00',9201,'Load the dish machine.','Core','Dishwashers','E0','E0','E0','False','T0'),
 ('35-9021.00',9202,'Sort cutlery by kind — fast.','Supplemental','Dishwashers','E0','E0','E0','False','T1'),
]
def row(i,t):
    code,tid,stmt,typ,title,h,g,alt,g3,a=t
    q='"'+stmt.replace('"','""')+'"' if ('"' in stmt or '\t' in stmt) else stmt
    al=1.0 if g=='E1' else 0.0; be=B[g]; ga=0.0 if g=='E0' else 1.0; au=int(a[1])*.25
    return [str(i),code,f'{tid}.0',q,typ,title,h,g,alt,g3,a,num(al),num(be),num(ga),num(au),h]
rows=[row(i,t) for i,t in enumerate(tasks)]
def tsv(r): return '\t'.join(r)+'\n'
def w(name,data,mode='w'):
    with open(name,'wb') as f: f.write(data if isinstance(data,bytes) else data.encode())
good=tsv(hdr)+''.join(tsv(r) for r in rows)
w('labels-good.tsv',good)
w('labels-empty.tsv','')
w('labels-other.tsv',tsv(hdr)+''.join(tsv([str(i)]+r[1:]) for i,r in enumerate(rows[6:8])))
w('labels-header-only.tsv',tsv(hdr))
w('labels-truncated.tsv',good[:good.rindex('Load the dish')+8])
def drop(col):
    i=hdr.index(col); return tsv(hdr[:i]+hdr[i+1:])+''.join(tsv(r[:i]+r[i+1:]) for r in rows)
w('labels-missing-column.tsv',drop('gpt_3_relevant'))
w('labels-extra-column.tsv',tsv(hdr+['note'])+''.join(tsv(r+['x']) for r in rows))
r2=[list(r) for r in rows]; r2[2][7]='E7'
w('labels-unknown-exposure.tsv',tsv(hdr)+''.join(tsv(r) for r in r2))
r2=[list(r) for r in rows]; r2[4][10]='T9'
w('labels-unknown-automation.tsv',tsv(hdr)+''.join(tsv(r) for r in r2))
r2=[list(r) for r in rows]; r2[5][2]='9101.0'
w('labels-repeated-task.tsv',tsv(hdr)+''.join(tsv(r) for r in r2))
r2=[list(r) for r in rows]; r2[3][12]='0.75'
w('labels-wrong-figure.tsv',tsv(hdr)+''.join(tsv(r) for r in r2))
bad=good.encode().replace(b'Walk the server', b'Walk the \xff\xfe server')
w('labels-invalid-utf8.tsv',bad)
r2=[list(r) for r in rows]; del r2[6][9]
w('labels-short-row.tsv',tsv(hdr)+''.join(tsv(r) for r in r2))

bh='AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY'
def brow(code,title,group,emp,median):
    t='"'+title+'"' if ',' in title else title
    f=['99','U.S.','1','US','000000','Cross-industry','cross-industry','1235',code,t,group,emp,'0.5','','','','','10.00','"20,800"','0.1','1','2','3','4','5','"1,000"','"2,000"',median,'"4,000"','"5,000"','','']
    return ','.join(f)
brows=[brow('00-0000','All Occupations','total','"140,886,310"','"45,760"'),
       brow('13-0000','Business and Financial Operations Occupations','major','"8,909,910"','"76,570"'),
       brow('13-2011','Accountants and Auditors','detailed','"1,318,550"','"77,250"'),
       brow('15-1252','Software Developers','detailed','"1,364,180"','"120,730"'),
       brow('35-9021','Dishwashers','detailed','"377,040"','"28,130"'),
       brow('29-1211','Anesthesiologists','detailed','"31,130"','#'),
       brow('45-3031','Fishing and Hunting Workers','detailed','**','*')]
bls='\ufeff'+bh+'\r\n'+'\r\n'.join(brows)   # like the BLS file: BOM, CRLF, no final line break
w('bls-good.csv',bls)
w('bls-empty.csv','')
w('bls-missing-column.csv','\ufeff'+bh.replace(',A_PCT90','')+'\r\n'+'\r\n'.join(brows))
w('bls-bad-number.csv',bls.replace('"1,364,180"','"1,36,4180"'))
w('bls-repeated.csv',bls+'\r\n'+brows[3])
w('bls-truncated.csv',bls[:bls.index('"377,0')+4])

ah='SOC Code,title,ai_applicability_score\n'
arows=['13-2011,Accountants and Auditors,0.2032','15-1252,Software Developers,0.2839','35-9021,Dishwashers,0.0176','"27-3091","Interpreters and Translators",0.4922']
app=ah+'\n'.join(arows)+'\n'
w('applicability-good.csv',app)
w('applicability-empty.csv','')
w('applicability-bad-score.csv',app.replace('0.2839','1.5'))
w('applicability-extra-column.csv',app.replace('ai_applicability_score\n','ai_applicability_score,extra\n'))
w('applicability-repeated.csv',app+arows[0]+'\n')
w('applicability-invalid-utf8.csv',app.encode().replace(b'Dishwashers',b'Dish\xc3\x28washers'))
