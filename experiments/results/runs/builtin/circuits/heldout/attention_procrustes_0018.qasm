// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6866338006644939) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b71ab9034c013c0d6b228c3837a096c11bcdf42e0b3c0fda21aa6feff56bc69f
