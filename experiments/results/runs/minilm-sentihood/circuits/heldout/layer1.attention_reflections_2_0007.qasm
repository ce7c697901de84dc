// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0282728565183443) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8e5c443643cd07d765b7060b7fe331d6153f5e9952973f5b54eefc02097abccf
