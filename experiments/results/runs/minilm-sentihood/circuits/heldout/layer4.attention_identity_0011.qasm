// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8889554653291285) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 24ffc19456456a2d87bab8525d6d6544c7738aa7fea0a665c48787581be9e021
