// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.09293970148298447) q[0];
ry(1.6304291312448687) q[0];
rz(0.00555491716372547) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 664e0f721d9021566bc4bd1f6889773492bac74e53bed58626ceb61b66029687
