// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.17188327977287488) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 769965a47a86fdee476b03d100fe01d14f004f5f3d5142b952a5642dfaf89fd5
