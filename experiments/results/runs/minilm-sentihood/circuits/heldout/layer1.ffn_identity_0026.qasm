// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0962145589105865) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bdf4de5fca7effdf7af95878c5b5197f2d6b94fedf06db1b9c675314f9689aca
