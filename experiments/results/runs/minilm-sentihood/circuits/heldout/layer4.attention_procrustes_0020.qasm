// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.599122211253616) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6f0d74dc8ee536a2c8924abdac1d49233f00966004ef27c89d284ecadc81aeaf
