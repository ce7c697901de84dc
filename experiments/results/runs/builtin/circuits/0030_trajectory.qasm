// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8248744410705307) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 890ce0485de237531e701834648f938e57c31af0da0dda37463db8ca7fa4ff10
