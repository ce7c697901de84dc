// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.718950475787708) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6b62e166cb53122db280ee83a7e1e5017a160e84f2171e81bbe500fbfbe69d40
