// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7831915994887098) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 788e8806997e3fd39568acd5d2cd96e31332f6530b07c89d0b1bf05afb0ea70c
