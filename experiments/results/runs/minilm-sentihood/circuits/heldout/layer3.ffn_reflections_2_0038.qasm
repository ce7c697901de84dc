// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2685348097440847) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d779f78592c933326072d99fbb041b00aa3b3938e8e89ce6b18d44d102d5f30
