// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8416836200395914) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 039e428931976a39ae7642c06bb9771f60cd3b83525d272414112497089979fb
