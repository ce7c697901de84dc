// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2069155824201014) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 489419c119e0bdb4fd225e71db064766fc74fce6c0ed1abf8e366079bed867fe
