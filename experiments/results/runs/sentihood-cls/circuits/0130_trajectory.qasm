// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.36851497419777945) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e3c0451ed81213a163572df13be5cb404865fcbe9e0c55526312d901177bcf01
