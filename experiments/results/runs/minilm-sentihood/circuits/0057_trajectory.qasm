// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.066475369763772) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fabc7b9dd74dbf4c33591569b906146d55587cb44f182fae220c875610ed8244
