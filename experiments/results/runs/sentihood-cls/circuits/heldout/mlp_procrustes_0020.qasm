// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4422478530908647) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d70dbe7fca37bcd5d739de51e675609cbcc2ff0eaf5c67cd7fd07c368d9dca34
