// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1656174055961552) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ba437b263b7c432628bd129f8cca7eed853a58c1cc7932c4a2044f04f34889c2
