// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.26686692666347295) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2b1c1becb55aeb32030ab1a45fa4779f3c2a4fa6c1e4503adf233f9ddc858e34
