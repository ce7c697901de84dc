// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.37269917304557687) q[0];
ry(0.5801690711257311) q[0];
rz(-0.3160370157645134) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b61bad9943f7806364a6832d6a3b3acbc9784c987220ba3317a6ffd1c7331d6c
