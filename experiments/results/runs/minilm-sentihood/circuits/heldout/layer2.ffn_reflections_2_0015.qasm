// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8704893842894357) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e8d30ff59285ad27744b89833efd581cbabe67213a0d4503b84ccae5e7f767e1
