// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4192323475027704) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7b2602fbf02baf78b10c2ae064da70810ecb67cd47da4a625b174ab08c2d5717
