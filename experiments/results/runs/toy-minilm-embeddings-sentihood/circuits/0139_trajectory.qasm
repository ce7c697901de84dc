// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5969926180362788) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 48b200068ae1e25ddd8fa9d360715cee1c659d4057fe8863bcd66d8309d8e2ee
