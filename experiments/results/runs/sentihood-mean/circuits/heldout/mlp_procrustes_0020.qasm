// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7516164093317457) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a468d48a61466e99efd8dc5e682978e0537181a4aa5bf4249789d17b41b8981
