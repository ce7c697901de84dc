// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.392304138263844) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6efb1d97570feea51b055be22a659dbcfca8e3a614a7b095db90035330ff0a1d
