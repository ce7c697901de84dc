// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2336622343464878) q[0];
ry(0.6878100429547739) q[0];
rz(-0.18186348869453717) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c5249805e0a2c1951b3dc87b5078c041e882f0cde9edef8e929d899997103460
