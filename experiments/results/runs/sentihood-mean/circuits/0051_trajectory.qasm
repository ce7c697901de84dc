// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3626543542122729) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4707910e7ce60efb28248137f657909f9c4c538c64aeece0457284d671bd1063
