// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2685637771755036) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cc366b24773fc8bc05f03feb9300f3f4754bc0b35df9ba40f76028eef9ed66b9
