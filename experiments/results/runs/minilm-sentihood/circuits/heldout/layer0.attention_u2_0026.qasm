// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2991390499428448) q[0];
ry(1.4087524619268668) q[0];
rz(-0.049713810588736695) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c47e566077d216b45b01da14a1cc19965d9fc5680b2668c1ab94abfb22148b42
