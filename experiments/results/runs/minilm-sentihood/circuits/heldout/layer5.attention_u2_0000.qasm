// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.09764498645243602) q[0];
ry(1.2540778735227565) q[0];
rz(-0.03049908561099013) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9f8ff57af2be8730bdfd443cb898335f6d4e82540fdc71498e4fe3cc60ba2724
