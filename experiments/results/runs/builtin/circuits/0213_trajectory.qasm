// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4071080905867377) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ce3f48cbbc141ab63d7376b95b89c2f12e3899d7e9988bcfa53c8b936832646b
