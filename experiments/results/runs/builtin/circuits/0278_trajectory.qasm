// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4742834804934957) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9ab01091238ba1f45149dbde409afd1e7e6e8a9612251e2a9be0219346db3905
