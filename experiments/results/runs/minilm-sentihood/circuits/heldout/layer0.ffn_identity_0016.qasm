// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4015209120621526) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c3fdcae5e2a0df27eaad60db4db7994278ee111796ccf5ca797d65503c687136
