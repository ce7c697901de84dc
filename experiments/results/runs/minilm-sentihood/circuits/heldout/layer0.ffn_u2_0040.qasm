// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1523230038150487) q[0];
ry(1.3201562976146968) q[0];
rz(-0.038056314140651804) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e4fc2d0ac9bf9f753a4a884a27838b3dfeccb333a46de0d6daf94446b6beccd3
